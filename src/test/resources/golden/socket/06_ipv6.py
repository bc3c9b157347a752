# about: IPv6 sockets on ::1 (ephemeral ports are not printed: 4-tuples escape the normaliser)
import socket
socket.has_ipv6
s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s6
s6.bind(('::1', {PORT}))
s6
s6.getsockname()
s6.listen()
c6 = socket.socket(socket.AF_INET6)
c6.connect(('::1', {PORT}))
conn, addr = s6.accept()
len(addr), addr[0], addr[2:]
c6.getpeername()
conn.getsockname()
c6.getsockname()[1] == addr[1]
c6.family, c6.type
c6.send(b'six')
conn.recv(10)
x = socket.socket(socket.AF_INET6)
x.bind(('127.0.0.1', 0))
x.bind(('::1',))
x.close()
conn.close()
c6.close()
s6.close()
socket.inet_pton(socket.AF_INET6, '::1')
socket.inet_ntop(socket.AF_INET6, b'\x00' * 15 + b'\x01')
socket.getaddrinfo('::1', 80, socket.AF_INET6, socket.SOCK_STREAM)
