# Two connections used alternately; both are closed at the end, so their order cannot matter.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
a = socket.create_connection((host, port))
a.sendall(b"from a")
print(a.recv(100))
b = socket.create_connection((host, port))
b.sendall(b"from b")
print(b.recv(100))
a.sendall(b"a again")
print(a.recv(100))
a.close()
b.close()
