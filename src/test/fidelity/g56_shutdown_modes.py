# about: shutdown RD and RDWR on a connected pair
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
c = socket.socket(); c.connect(('127.0.0.1', {PORT}))
k, _ = srv.accept()
c.shutdown(socket.SHUT_RD)
c.recv(10)
k.send(b'x')
c.shutdown(socket.SHUT_RDWR)
c.send(b'x')
k.recv(10)
c.shutdown(socket.SHUT_RDWR)
c.getpeername()[0]
c
c.close(); k.close(); srv.close()
