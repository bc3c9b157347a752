import socket
help(socket.socket.bind)
socket.socket.bind.__doc__
print(socket.socket.recv.__doc__)
help(socket.gethostname)
s = socket.socket()
help(s.recv)
help(s.accept)
help(socket.socket.sendall)
socket.socket.close.__doc__ is None
help(s.close)
help(socket.getaddrinfo)
help(socket.inet_aton)
socket.gethostbyname.__doc__.splitlines()[0]
s.settimeout.__doc__ == socket.socket.settimeout.__doc__
s.close()
