# about: shutdown halves, recv after the peer closes, and a reset connection
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
a = socket.socket()
a.connect(('127.0.0.1', {PORT}))
b, addr = srv.accept()
a.shutdown(socket.SHUT_WR)
b.recv(10)
b.send(b'reply')
a.recv(10)
a.send(b'more')
a.shutdown(7)
a
b.close()
a.recv(10)
a.close()
srv.close()
