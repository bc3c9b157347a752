# socketserver.TCPServer with a StreamRequestHandler that speaks a line protocol.
import socketserver
import sys


class WordCountHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            text = line.decode().strip()
            if text == "bye":
                self.wfile.write(b"bye\n")
                break
            self.wfile.write(f"{len(text.split())} words\n".encode())
        print("handled", self.client_address[0], flush=True)


class Server(socketserver.TCPServer):
    allow_reuse_address = True


host, port = sys.argv[1], int(sys.argv[2])
with Server((host, port), WordCountHandler) as server:
    print("listening", flush=True)
    print(server.server_address == (host, port), server.socket_type)
    for _ in range(2):
        server.handle_request()
print("server closed")
