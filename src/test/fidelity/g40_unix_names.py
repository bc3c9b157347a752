# about: AF_UNIX getsockname/getpeername forms and reprs
import socket
p = '{TMP}/n.sock'
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv
srv.getsockname()
srv.bind(p)
srv.listen()
srv
c = socket.socket(socket.AF_UNIX)
c.connect(p)
c
c.getpeername(), c.getsockname()
k, addr = srv.accept()
addr
k
k.getpeername(), k.getsockname()
k.send(b'hi'); c.recv(10)
c.close(); k.close(); srv.close()
