# Receives one file and writes it in its own folder, then reports its size and CRC-32.
import binascii
import os
import socket
import struct
import sys


def recv_exactly(conn, n):
    parts = []
    while n:
        chunk = conn.recv(min(n, 8192))
        if not chunk:
            raise ConnectionError("truncated upload")
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen(1)
print("listening", flush=True)
conn, _ = srv.accept()
(name_len,) = struct.unpack("!H", recv_exactly(conn, 2))
name = recv_exactly(conn, name_len).decode()
(size,) = struct.unpack("!Q", recv_exactly(conn, 8))
target = "received_" + os.path.basename(name)
crc = 0
with open(target, "wb") as out:
    left = size
    while left:
        chunk = recv_exactly(conn, min(left, 5000))
        crc = binascii.crc32(chunk, crc)
        out.write(chunk)
        left -= len(chunk)
stored = os.path.getsize(target)
print(name, "->", target, stored, "%08x" % crc, os.path.exists(target))
conn.sendall(f"OK {stored} {crc:08x}\n".encode())
conn.close()
srv.close()
