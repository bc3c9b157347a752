# Three sequential requests to the threading server.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
for word in [b"ab", b"xyz", b"!"]:
    with socket.create_connection((host, port)) as s:
        s.sendall(word)
        print(word, s.recv(1024))
