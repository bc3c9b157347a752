# about: gaierror from name lookups
import socket
try:
    socket.gethostbyname('no.such.host.invalid')
except socket.gaierror as e:
    print(e.errno, e.args, repr(e))

socket.getaddrinfo('no.such.host.invalid', 80)
socket.getaddrinfo('127.0.0.1', 'nosuchservice')
socket.getaddrinfo(None, None)
socket.getaddrinfo('127.0.0.1', 80, 999)
socket.getservbyname('nosuch')
socket.getservbyname('http', 'xyz')
socket.getservbyport(99999)
socket.getservbyport(-1)
socket.getservbyport(9)
