# about: fd numbering through accept and close
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
c1 = socket.socket(); c1.connect(('127.0.0.1', {PORT}))
k1, _ = srv.accept()
srv.fileno(), c1.fileno(), k1.fileno()
c1.close()
c2 = socket.socket(); c2.fileno()
c2.connect(('127.0.0.1', {PORT}))
k2, _ = srv.accept()
k2.fileno()
k2
k1.close(); k2.close(); c2.close(); srv.close()
