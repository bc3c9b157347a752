# getaddrinfo by hand, then create_connection, which does the same loop for us.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
infos = socket.getaddrinfo(host, port, socket.AF_INET, socket.SOCK_STREAM)
for family, kind, proto, canon, sockaddr in infos:
    print(family, kind, proto, repr(canon), sockaddr[0], sockaddr[1] == port)
print(len(socket.getaddrinfo(host, str(port), proto=socket.IPPROTO_TCP)))
print(socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_DGRAM)[0][4])
family, kind, proto, _, sockaddr = infos[0]
s = socket.socket(family, kind, proto)
s.connect(sockaddr)
print(s.recv(100), s.getpeername() == sockaddr)
s.close()
with socket.create_connection((host, port), timeout=4.5) as c:
    print(c.gettimeout(), c.recv(100), c.getpeername()[1] == port)
print(socket.gethostbyname(host), socket.inet_aton(host), socket.htons(port) == socket.htons(port))
