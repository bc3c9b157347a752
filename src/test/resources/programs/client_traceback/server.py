# Answers with one good JSON reply and then a truncated one.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
print(conn.recv(100))
conn.sendall(b'{"status": "ok", "items": [1, 2]}\n{"status": "ok", "ite')
conn.close()
srv.close()
print("sent")
