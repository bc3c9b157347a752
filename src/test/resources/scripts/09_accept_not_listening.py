# accept() on a socket that never listened: the frame of socket.py's accept shows too.
import socket

server = socket.socket()
server.bind(("127.0.0.1", 0))
print(server.getsockname()[0])
conn, addr = server.accept()
