# about: default timeout applied to new sockets, accepted sockets
import socket
socket.getdefaulttimeout()
socket.setdefaulttimeout(3)
socket.getdefaulttimeout()
s = socket.socket()
s.gettimeout(), s.getblocking()
s
s.close()
socket.setdefaulttimeout(0)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.gettimeout(), u.getblocking()
u.close()
socket.setdefaulttimeout(None)
socket.getdefaulttimeout()
socket.socket().gettimeout()
