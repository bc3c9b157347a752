# Echo client program, as in the socket module's documentation.
import socket
import sys

HOST = sys.argv[1]    # The remote host
PORT = int(sys.argv[2])              # The same port as used by the server
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect((HOST, PORT))
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
print(s.fileno(), s._closed)
