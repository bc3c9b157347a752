# Sends five datagrams (one empty, one large) and checks every reply and its sender.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(10)
for payload in [b"ping", b"", b"hello udp", bytes(range(97, 123)) * 40, "π≈3.14".encode()]:
    sent = s.sendto(payload, (host, port))
    data, addr = s.recvfrom(4096)
    print(sent, len(data), data[:30], addr == (host, port))
print(s.type, s.family)
s.close()
