# sendall of 3 MB in one call, then a receive-exactly-n loop for the reply.
import binascii
import socket
import struct
import sys


def recv_exactly(sock, n):
    chunks = []
    remaining = n
    while remaining > 0:
        chunk = sock.recv(min(remaining, 100000))
        if not chunk:
            raise ConnectionError(f"closed after {n - remaining} bytes")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


host, port = sys.argv[1], int(sys.argv[2])
block = bytes(i * 7 % 251 for i in range(1000))
data = block * 3000
print("sending", len(data), "crc %08x" % binascii.crc32(data))
s = socket.create_connection((host, port))
print("sendall returned", s.sendall(struct.pack("!Q", len(data)) + data))
size, crc = struct.unpack("!QI", recv_exactly(s, 12))
reply = recv_exactly(s, size)
print("reply", size, crc == binascii.crc32(reply), reply == data[::-1])
print("then", s.recv(10))
s.close()
