# Parses each reply line; the second is broken and the uncaught error ends the client.
import json
import socket
import sys


def parse(line):
    return json.loads(line)


host, port = sys.argv[1], int(sys.argv[2])
s = socket.create_connection((host, port))
s.sendall(b"GET /items")
data = b""
while chunk := s.recv(16):
    data += chunk
s.close()
for line in data.split(b"\n"):
    print(parse(line))
