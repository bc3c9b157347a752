# about: getnameinfo and gethostbyaddr forms
import socket
socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST)
socket.getnameinfo(('127.0.0.1', 22), 0)[1]
socket.getnameinfo(('::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
socket.getnameinfo(('127.0.0.1',), 0)
socket.getnameinfo('x', 0)
socket.getnameinfo(('127.0.0.1', 80))
socket.gethostbyaddr('127.0.0.1')[2]
socket.gethostbyname('127.0.0.1')
socket.gethostbyname('')
socket.gethostbyname(1)
socket.getnameinfo(('::1', 80), 0)
socket.getnameinfo(('127.0.0.1', 70000), 0)
socket.getnameinfo(('localhost', 80), 0)
socket.getnameinfo(('127.0.0.1', 53), socket.NI_DGRAM)
socket.getnameinfo(('127.0.0.1', 80, 0, 0), 0)
socket.getnameinfo(('127.0.0.1', 65000), 0)
socket.getnameinfo(('127.0.0.1', 80), 'a')
