# about: socket() constructor errors
import socket
socket.socket(999)
socket.socket(socket.AF_INET, 999)
socket.socket('a')
socket.socket(socket.AF_INET, socket.SOCK_STREAM, 999)
socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_TCP)
socket.socket(1, 2, 3, 4, 5)
socket.socket(family=2.5)
s = socket.socket(proto=0)
s
s.close()
s = socket.socket(type=socket.SOCK_DGRAM)
s
s.close()
