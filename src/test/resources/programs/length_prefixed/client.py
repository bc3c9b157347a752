# Sends frames of several sizes, including an empty one, and checks the reversed replies.
import socket
import struct
import sys


def recv_exactly(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("short read")
        buf.extend(chunk)
    return bytes(buf)


host, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((host, port))
for payload in [b"abc", b"", bytes(range(256)), b"x" * 70000]:
    header = struct.pack("!I", len(payload))
    print(header, struct.calcsize("!I"))
    s.sendall(header + payload)
    (size,) = struct.unpack("!I", recv_exactly(s, 4))
    reply = recv_exactly(s, size)
    print(size, reply == payload[::-1], reply[:8])
s.close()
