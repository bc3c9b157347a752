# about: timeouts on accept and recv, and on a listening socket's children
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
srv.settimeout(0.2)
srv.accept()
srv
c = socket.socket()
c.connect(('127.0.0.1', {PORT}))
k, _ = srv.accept()
k.gettimeout(), k.getblocking()
c.settimeout(0.1)
try:
    c.recv(10)
except socket.timeout as e:
    print(type(e), e.errno, e.args, repr(e))

c.settimeout(0.0)
c.recv(10)
c.close(); k.close(); srv.close()
