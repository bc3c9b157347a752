# about: methods on a listening socket
import socket
s = socket.socket()
s.bind(('127.0.0.1', {PORT}))
s.listen(5)
s.getsockname()
s.getpeername()
s.recv(1)
s.send(b'x')
s.connect(('127.0.0.1', {PORT}))
s.bind(('127.0.0.1', 0))
s.listen(1)
s.shutdown(socket.SHUT_RDWR)
s
s.close()
