# Sends several framed messages in one burst, then reads the framed replies.
import io
import socket
import struct
import sys

messages = [b'short', b'', 'ünïcode text'.encode(), bytes(range(256)) * 4, b'last one']
out = io.BytesIO()
for m in messages:
    out.write(struct.pack('>I', len(m)))
    out.write(m)
print('burst', len(out.getvalue()), out.tell(), out.seek(0, io.SEEK_END))

with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    s.sendall(out.getvalue())
    s.sendall(b'\x00\x00')  # half a header, never finished
    s.shutdown(socket.SHUT_WR)
    f = s.makefile('rb')
    for m in messages:
        (length,) = struct.unpack('>I', f.read(4))
        body = f.read(length)
        print(length, body == m[::-1], body[:12])
    print(f.read(), f.closed)
    f.close()
