# A handler's error is reported by the server, with socketserver.py's frames as CPython numbers them.
import socket
import socketserver
import threading


class Boom(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("bad request")


def serve(server_class):
    class Server(server_class):
        def get_request(self):
            request, _ = super().get_request()
            return request, "the client"  # the client's port changes from run to run

    with Server(("127.0.0.1", 0), Boom) as srv:
        t = threading.Thread(target=srv.serve_forever)
        t.start()
        with socket.create_connection(srv.server_address) as c:
            print(server_class.__name__, c.recv(1))
        srv.shutdown()
        t.join()


serve(socketserver.TCPServer)
serve(socketserver.ThreadingTCPServer)
