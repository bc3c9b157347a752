# about: socketpair and dup
import socket
a, b = socket.socketpair()
a.family, a.type
a.fileno(), b.fileno()
a.send(b'x'); b.recv(1)
d = a.dup()
d.fileno()
d.send(b'y'); b.recv(1)
a.close(); b.close(); d.close()
