# about: dual-stack IPv6 socket reached over IPv4, and v4 socket given v6 address
import socket
srv = socket.socket(socket.AF_INET6)
srv.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
srv.bind(('::', {PORT}))
srv.listen()
c = socket.socket()
c.connect(('127.0.0.1', {PORT}))
k, addr = srv.accept()
addr[0], addr[2:]
k.getsockname()
k.family
c.close(); k.close(); srv.close()
v4 = socket.socket()
v4.connect(('::1', {PORT}))
v4.close()
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(('::1', {UPORT}))
u6.sendto(b'self', ('::1', {UPORT}))
data, a = u6.recvfrom(10)
data, a[0], a[2:]
u6
u6.close()
