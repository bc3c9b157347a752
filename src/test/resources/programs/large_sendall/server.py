# Receives a large upload into a preallocated buffer with recv_into, answers with its CRC and a large reply.
import binascii
import socket
import struct
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
(size,) = struct.unpack("!Q", conn.recv(8, socket.MSG_WAITALL))
buf = bytearray(size)
view = memoryview(buf)
got = 0
while got < size:
    n = conn.recv_into(view[got:], min(65536, size - got))
    if n == 0:
        break
    got += n
print("received", got, "of", size, "crc %08x" % binascii.crc32(buf))
reply = bytes(buf[::-1])
conn.sendall(struct.pack("!QI", len(reply), binascii.crc32(reply)) + reply)
conn.close()
srv.close()
