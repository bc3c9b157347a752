# about: getaddrinfo result forms
import socket
socket.getaddrinfo('127.0.0.1', 80)
socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
socket.getaddrinfo('127.0.0.1', 'http', proto=socket.IPPROTO_TCP)
socket.getaddrinfo('::1', 80, socket.AF_INET6, socket.SOCK_DGRAM)
socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM)
socket.getaddrinfo('127.0.0.1', None, type=socket.SOCK_STREAM)
socket.getaddrinfo('127.0.0.1', b'80', type=socket.SOCK_STREAM)
r = socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)[0]
r[0], r[1], r[2], r[3], r[4]
type(r[0]).__name__, type(r[1]).__name__
socket.getaddrinfo('127.0.0.1', 80, 0, 0, 0, 0, 0)
