# Writes a file in its own folder, then sends name, size and bytes; prints what the server confirms.
import binascii
import os
import random
import socket
import struct
import sys

host, port = sys.argv[1], int(sys.argv[2])
random.seed(2024)
name = "upload.bin"
with open(name, "wb") as f:
    for _ in range(40):
        f.write(random.randbytes(random.randint(100, 3000)))
size = os.path.getsize(name)
with open(name, "rb") as f:
    content = f.read()
print("local", size, "%08x" % binascii.crc32(content))
with socket.create_connection((host, port)) as s:
    encoded = name.encode()
    s.sendall(struct.pack("!H", len(encoded)) + encoded + struct.pack("!Q", size))
    with open(name, "rb") as f:
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            s.sendall(chunk)
    reply = s.makefile("r").readline()
print("server says:", reply.strip())
