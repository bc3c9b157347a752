# about: makefile reading lines from a server that greets and closes
# peer: greet_server {PORT} first-line
import socket
c = socket.create_connection(('127.0.0.1', {PORT}))
f = c.makefile('rb')
f
f.readline()
f.readline()
f.close()
c.recv(10)
w = c.makefile('w')
w
c.makefile('x')
c.close()
