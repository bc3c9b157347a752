# Sends one number per connection, one of them invalid.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
for text in ["21", "forty", "-7"]:
    with socket.create_connection((host, port)) as s:
        s.sendall(text.encode())
        print(text, "->", s.recv(100).decode())
