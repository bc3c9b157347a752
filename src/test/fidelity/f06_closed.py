# about: a closed socket: fileno -1, close again is fine, everything else is EBADF
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.close()
s.close()
s.fileno()
s
s.sendto(b'x', ('127.0.0.1', {UPORT}))
s.recvfrom(10)
s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.connect_ex(('127.0.0.1', {PORT}))
s.getblocking()
s.family, s.type, s.proto
