# about: recvfrom truncation, EMSGSIZE, empty datagram
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', {UPORT}))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b'0123456789', ('127.0.0.1', {UPORT}))
a.recvfrom(4)[0]
b.sendto(b'', ('127.0.0.1', {UPORT}))
a.recvfrom(10)[0]
b.sendto(b'x' * 70000, ('127.0.0.1', {UPORT}))
a.settimeout(0.1)
a.recvfrom(10)
a.listen()
a.accept()
a.close(); b.close()
