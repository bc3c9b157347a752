# First client: an abortive close (SO_LINGER 0) resets it; second client: an orderly close.
import socket
import struct
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)

conn, _ = srv.accept()
print("got", conn.recv(100))
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()
print("reset sent")

conn, _ = srv.accept()
print("got", conn.recv(100))
conn.sendall(b"goodbye")
conn.shutdown(socket.SHUT_WR)
print("after shutdown", conn.recv(100))
conn.close()
srv.close()
