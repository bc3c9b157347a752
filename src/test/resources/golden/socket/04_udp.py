# about: UDP sendto/recvfrom between two sockets of one session
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', {UPORT}))
a
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b
b.sendto(b'hello', ('127.0.0.1', {UPORT}))
data, addr = a.recvfrom(1024)
data
addr
b.getsockname() == ('0.0.0.0', addr[1])
a.sendto('你好'.encode(), addr)
msg, who = b.recvfrom(1024)
msg.decode()
who
b.sendto('text', ('127.0.0.1', {UPORT}))
b.sendto(b'x')
b.sendto(b'123456789', ('127.0.0.1', {UPORT}))
a.recvfrom(5)
b.sendto(b'again', ('127.0.0.1', {UPORT}))
a.recv(100)
b.send(b'x')
b.getpeername()
a.listen()
a.accept()
b.sendto(b'x' * 65508, ('127.0.0.1', {UPORT}))
b.connect(('127.0.0.1', {UPORT}))
b.getpeername()
b.send(b'connected')
a.recvfrom(100)[0]
b.sendto(b'', ('127.0.0.1', {UPORT}))
a.recvfrom(100)[0]
a.settimeout(0.2)
a.recvfrom(10)
a.close()
b.close()
b
