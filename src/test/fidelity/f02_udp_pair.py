# about: two UDP sockets of one session, truncation, connected UDP and its errors
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', {UPORT}))
b = socket.socket(type=socket.SOCK_DGRAM)
b.sendto(b'0123456789', ('127.0.0.1', {UPORT}))
a.recvfrom(4)[0]
b.send(b'x')
b.connect(('127.0.0.1', {UPORT}))
b.getpeername()
b.send(b'via connect')
a.recv(100)
a.settimeout(0.1)
a.recv(100)
a.gettimeout(), b.gettimeout(), b.getblocking()
a.close(); b.close()
