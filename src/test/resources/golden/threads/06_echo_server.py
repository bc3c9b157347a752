import socket, threading
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", {PORT}))
srv.listen()
def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())

def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()

server = threading.Thread(target=serve, args=(3,), daemon=True)
server.start()
clients = [socket.create_connection(("127.0.0.1", {PORT})) for _ in range(3)]
for i, c in enumerate(clients): c.sendall(b"hello %d" % i)

[c.recv(1024) for c in clients]
for c in clients: c.sendall(b"again")

[c.recv(1024) for c in clients]
for c in clients: c.close()

server.join()
server.is_alive()
class Handler(threading.Thread):
    def __init__(self, conn):
        super().__init__(daemon=True)
        self.conn = conn
    def run(self):
        with self.conn:
            self.conn.sendall(b"welcome " + self.conn.recv(100))

def serve_with_classes():
    conn, _ = srv.accept()
    Handler(conn).start()

threading.Thread(target=serve_with_classes).start()
c = socket.create_connection(("127.0.0.1", {PORT}))
c.sendall(b"ada")
c.recv(100)
c.recv(100)
c.close()
srv.close()
