# about: getservbyname/getservbyport, byte order, inet_aton/ntoa/pton/ntop, gaierror
import socket
socket.getservbyname('http', 'tcp')
socket.getservbyname('http')
socket.getservbyname('telnet', 'tcp')
socket.getservbyname('domain', 'udp')
socket.getservbyname('nosuch')
socket.getservbyname(80)
socket.getservbyport(80)
socket.getservbyport(53, 'udp')
socket.getservbyport(12345)
socket.getservbyport(70000)
socket.htons(1)
socket.ntohs(256)
socket.htonl(1)
socket.ntohl(16777216)
socket.htons(70000)
socket.inet_aton('127.0.0.1')
socket.inet_aton('10.1')
socket.inet_aton('300.1.1.1')
socket.inet_ntoa(b'\x7f\x00\x00\x01')
socket.inet_ntoa(b'\x7f')
socket.inet_pton(socket.AF_INET, '192.168.1.104')
socket.inet_pton(socket.AF_INET, '1.2.3')
socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x01\x68')
socket.gaierror
issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError)
try:
    socket.gethostbyname('nosuch.invalid')
except socket.gaierror as e:
    print(repr(e), e.errno, e.args)

