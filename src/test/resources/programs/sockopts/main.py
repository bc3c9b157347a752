# Socket options and attributes that tutorials print: types, families, buffer sizes, flags.
import socket
import struct
import sys

host, port = sys.argv[1], int(sys.argv[2])
tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(tcp.family, tcp.type, tcp.proto, udp.type, repr(socket.AF_INET), int(socket.SOCK_DGRAM))
print(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), udp.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print("reuse before", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuse after", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
tcp.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print("nodelay", tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print("keepalive", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print("broadcast", udp.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
udp.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("broadcast", udp.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
raw = tcp.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print("linger", struct.unpack("ii", raw))
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 5))
print("linger", struct.unpack("ii", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
tcp.bind((host, port))
print(tcp.getsockname() == (host, port), tcp.getsockname()[0])
tcp.listen(3)
print("accepting", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(socket.SOMAXCONN > 0, socket.SOL_SOCKET, socket.IPPROTO_TCP, socket.SHUT_RDWR)
print(socket.htons(0x1234), socket.ntohl(0x01020304), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
try:
    tcp.setsockopt(socket.SOL_SOCKET, 9999, 1)
except OSError as e:
    print("unknown option:", e)
with tcp, udp:
    pass
print(tcp.fileno(), udp.fileno(), repr(tcp))
