# Sees ECONNRESET from the first connection and end-of-file from the second.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
s = socket.create_connection((host, port))
s.sendall(b"hello?")
try:
    data = s.recv(100)
    print("unexpected", data)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e.strerror, isinstance(e, ConnectionError))
s.close()

s = socket.create_connection((host, port))
s.sendall(b"second")
print(s.recv(100), s.recv(100), s.recv(100))
s.close()
try:
    s.recv(1)
except OSError as e:
    print(e)
