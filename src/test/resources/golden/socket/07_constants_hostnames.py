# about: constants and their reprs, host names, getaddrinfo
import socket
socket.AF_INET
socket.AF_INET6
socket.AF_UNIX
socket.SOCK_STREAM
socket.SOCK_DGRAM
str(socket.AF_INET), f'{socket.SOCK_DGRAM}'
int(socket.AF_INET6)
socket.AF_INET == 2
print(socket.AF_INET, socket.SOCK_STREAM)
socket.SOL_SOCKET, socket.SO_REUSEADDR
socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR
socket.SOMAXCONN
type(socket.gethostname())
len(socket.gethostname()) > 0
socket.gethostname(1)
socket.gethostbyname('localhost')
socket.gethostbyname('127.0.0.1')
socket.gethostbyname('')
socket.gethostbyname('127.1')
socket.gethostbyname('nosuch.invalid')
socket.gethostbyname('256.1.1.1')
socket.gethostbyname('::1')
socket.gethostbyname(123)
socket.gethostbyname()
socket.gethostbyaddr('127.0.0.1')[0] == 'localhost'
socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)[0]
socket.getaddrinfo('127.0.0.1', 8080, socket.AF_INET, socket.SOCK_DGRAM)
socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_STREAM)
socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM)
