# Two UDP sockets in one program: connected UDP, recvfrom order, MSG_PEEK and recv_into.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind((host, port))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for s in (a, b):
    s.settimeout(5)
b.bind((host, 0))
b_addr = b.getsockname()
for i in range(3):
    b.sendto(f"datagram {i}".encode(), (host, port))
for i in range(3):
    data, addr = a.recvfrom(5 if i == 1 else 100)
    print(data, addr == b_addr)
b.connect((host, port))
print(b.send(b"connected send"), b.getpeername() == (host, port))
print(a.recv(100, socket.MSG_PEEK), a.recv(100))
a.sendto(b"into buffer", b_addr)
buf = bytearray(20)
n = b.recv_into(buf)
print(n, buf, bytes(buf[:n]))
a.sendto(b"abcdef", b_addr)
print(b.recvfrom(3)[0])
try:
    a.sendto(b"x" * 70000, b_addr)
except OSError as e:
    print("too big:", e)
a.close()
b.close()
