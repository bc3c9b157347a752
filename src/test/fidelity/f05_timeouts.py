# about: timeouts with a silent peer, connect_ex, default timeout
# peer: silent_server {PORT}
import socket
socket.getdefaulttimeout()
socket.setdefaulttimeout(0.3)
c = socket.socket()
c.gettimeout()
c.connect_ex(('127.0.0.1', {PORT}))
c.recv(10)
c.getblocking()
c.setblocking(False)
c.recv(10)
c.getblocking(), c.gettimeout()
socket.setdefaulttimeout(None)
socket.socket().gettimeout()
c.close()
socket.setdefaulttimeout(-2)
