# Server and client in one program: the server runs in a thread and signals readiness with an Event.
import socket
import sys
import threading

host, port = sys.argv[1], int(sys.argv[2])
ready = threading.Event()
log = []


def serve():
    with socket.socket() as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind((host, port))
        srv.listen()
        ready.set()
        for _ in range(2):
            conn, _ = srv.accept()
            with conn:
                data = conn.recv(100)
                log.append(data)
                conn.sendall(b"ack " + data)


server = threading.Thread(target=serve, daemon=True)
server.start()
print("ready", ready.wait(10))
for msg in [b"first", b"second"]:
    with socket.create_connection((host, port)) as c:
        c.sendall(msg)
        print(c.recv(100))
server.join(10)
print(server.is_alive(), log, server.daemon)
