# about: IPv6 reprs, bind ('::1', 0), connect, names as 4-tuples
import socket
srv = socket.socket(socket.AF_INET6)
srv
srv.getsockname()
srv.bind(('::1', {PORT}))
srv.listen()
srv.getsockname()
c = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
c.connect(('::1', {PORT}, 0, 0))
k, addr = srv.accept()
addr[0], addr[2], addr[3]
c.getpeername()
k.getsockname()
c.connect_ex(('::1', {PORT}))
c.close(); k.close(); srv.close()
s6 = socket.socket(socket.AF_INET6)
s6.bind(('::1', 0, 0))
s6.bind(('127.0.0.1', 0))
s6.close()
s6 = socket.socket(socket.AF_INET6)
s6.bind(('127.0.0.1', 0))
s6.connect(('::1',))
s6.close()
