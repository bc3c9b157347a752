# about: UDP connect/send/recv, getpeername, unconnected errors
# peer: udp_echo_server {UPORT}
import socket
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.getpeername()
u.send(b'x')
u.connect(('127.0.0.1', {UPORT}))
u.getpeername()
u
u.send(b'ping')
u.recv(100)
u.sendto(b'pong', ('127.0.0.1', {UPORT}))
u.recvfrom(100)
u.close()
