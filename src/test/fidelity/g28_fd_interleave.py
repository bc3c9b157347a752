# about: fd numbering with interleaved closes and del
import socket
a = socket.socket(); b = socket.socket(); c = socket.socket()
a.fileno(), b.fileno(), c.fileno()
b.close()
d = socket.socket()
d.fileno()
a.close(); c.close()
e = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
e.fileno()
del d
f = socket.socket()
f.fileno()
f = socket.socket()
f.fileno()
s = socket.socket()
s
e.close(); f.close(); s.close()
