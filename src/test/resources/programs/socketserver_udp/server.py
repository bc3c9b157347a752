# socketserver.UDPServer with a DatagramRequestHandler: rfile is the datagram, wfile the reply.
import socketserver
import sys


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print("datagram", data, flush=True)
        self.wfile.write(data[::-1])


class Server(socketserver.UDPServer):
    allow_reuse_address = True


host, port = sys.argv[1], int(sys.argv[2])
with Server((host, port), Reverse) as server:
    print("listening", flush=True)
    for _ in range(3):
        server.handle_request()
print("udp server closed")
