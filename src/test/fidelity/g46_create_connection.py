# about: create_connection forms and failures
# peer: greet_server {PORT} hi
import socket
c = socket.create_connection(('127.0.0.1', {PORT}), 2)
c.gettimeout()
c.recv(10)
c.close()
c = socket.create_connection(('localhost', {PORT}), timeout=1, source_address=('127.0.0.1', 0))
c.getsockname()[0]
c.close()
socket.create_connection(('127.0.0.1', {PORT2}))
socket.create_connection(('no.such.host.invalid', 80))
socket.create_connection('127.0.0.1')
