# about: recv(0), recv_into with nbytes, recvfrom and sendto on TCP, flags
# peer: echo_server {PORT}
import socket
s = socket.create_connection(('127.0.0.1', {PORT}))
s.recv(0)
s.sendall(b'hello world')
buf = bytearray(20)
s.recv_into(buf, 3)
buf
s.recv_into(buf, 0)
s.recvfrom(3)
s.sendto(b'abc', ('127.0.0.1', {PORT}))
s.recv(100)
s.close()
