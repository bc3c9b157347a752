# about: peer closed, then send raises BrokenPipe eventually; recv gives b''
# peer: greet_server {PORT} bye
import socket
s = socket.create_connection(('127.0.0.1', {PORT}))
s.recv(10)
s.recv(10)
s.recv(10)
s.getpeername()[0]
s.close()
