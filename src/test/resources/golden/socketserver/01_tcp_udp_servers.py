# about: socketserver's TCP and UDP servers with stream and datagram handlers, threads, shutdown
import socketserver, threading, socket
class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

srv = Server(('127.0.0.1', 0), Upper)
[k.__name__ for k in Server.__mro__]
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
c = socket.create_connection(srv.server_address)
c.sendall(b'one\ntwo\n')
f = c.makefile('rb')
f.readline(), f.readline()
f.close(); c.close()
srv.shutdown()
t.join()
srv.server_close()
class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])

with socketserver.UDPServer(('127.0.0.1', 0), Reverse) as us:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b'stressed', us.server_address)
    us.handle_request()
    u.recvfrom(100)[0]
    u.close()

class Fails(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b'bye')

s2 = socketserver.TCPServer(('127.0.0.1', 0), Fails)
c2 = socket.create_connection(s2.server_address)
s2.handle_request()
c2.recv(10), c2.recv(10)
c2.close(); s2.server_close()
