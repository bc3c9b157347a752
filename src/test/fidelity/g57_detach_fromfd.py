# about: detach and socket(fileno=...)
import socket
s = socket.socket()
fd = s.fileno()
s.detach() == fd
s
s.fileno()
t = socket.socket(fileno=fd)
t
t.fileno() == fd
t.close()
socket.socket(fileno=99)
