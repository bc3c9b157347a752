# Three clients in turn; each waits for its reply before the next connects.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
for word in ["alpha", "beta", "gamma"]:
    with socket.create_connection((host, port)) as s:
        s.sendall(word.encode())
        print(word, s.recv(1024))
