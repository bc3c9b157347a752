# Sends text, numbers, an unknown type and a close, printing the decoded replies.
import socket
import struct
import sys

HEADER = struct.Struct("!BHI")
host, port = sys.argv[1], int(sys.argv[2])
s = socket.create_connection((host, port), timeout=10)
f = s.makefile("rb")
print(HEADER.size, HEADER.format)
numbers = [1.5, -2.25, 1e10, 0.1]
messages = [
    (1, "hello wide world".encode()),
    (2, struct.pack("!4d", *numbers)),
    (2, b""),
    (9, b"??"),
    (1, "émigré café".encode()),
    (3, b""),
]
for seq, (kind, body) in enumerate(messages, start=100):
    s.sendall(HEADER.pack(kind, seq, len(body)) + body)
    rkind, rseq, length = HEADER.unpack(f.read(HEADER.size))
    data = f.read(length)
    if rkind == 2:
        data = struct.unpack("!dd", data)
    print(rkind, rseq == seq, length, data)
try:
    HEADER.pack(256, 0, 0)
except struct.error as e:
    print("struct.error:", e)
f.close()
s.close()
