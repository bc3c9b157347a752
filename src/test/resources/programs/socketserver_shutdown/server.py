import socketserver
import sys
import threading

class Handler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        print("setup", type(self.rfile).__name__, type(self.wfile).__name__, self.timeout, self.rbufsize, self.wbufsize)

    def handle(self):
        for raw in self.rfile:
            line = raw.decode().strip()
            if line == "shutdown":
                self.wfile.write(b"bye\n")
                threading.Thread(target=self.server.shutdown).start()
                return
            self.wfile.write(f"{len(line)}:{line[::-1]}\n".encode())

    def finish(self):
        super().finish()
        print("finished", self.client_address[0], flush=True)

class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return True

with Server((sys.argv[1], int(sys.argv[2])), Handler) as server:
    print("listening", flush=True)
    server.serve_forever(poll_interval=0.1)
    print("served", server.socket.fileno() > 0)
print("closed", server.socket.fileno())
