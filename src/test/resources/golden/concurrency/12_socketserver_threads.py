import socketserver, threading, socket
class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(data.upper())

srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
srv.server_address[0], type(srv.server_address[1])
srv.daemon_threads, srv.allow_reuse_address, srv.request_queue_size, srv.timeout
t = threading.Thread(target=srv.serve_forever, daemon=True); t.start()
with socket.create_connection(srv.server_address) as c:
    c.sendall(b"hello"); print(c.recv(1024))

srv.shutdown(); srv.server_close(); t.join()
t.is_alive()
class Bad(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line[::-1])

with socketserver.TCPServer(("127.0.0.1", 0), Bad) as s2:
    th = threading.Thread(target=s2.handle_request); th.start()
    with socket.create_connection(s2.server_address) as c:
        c.sendall(b"abc\n"); print(c.recv(100))
    th.join()

socketserver.TCPServer(("127.0.0.1", 0), Bad, bind_and_activate=False).socket.getsockname()
socketserver.UDPServer
socketserver.ThreadingMixIn.daemon_threads
