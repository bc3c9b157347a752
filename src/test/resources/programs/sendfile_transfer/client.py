# Sends data.bin with socket.sendfile: whole, then a slice with offset and count, then a BytesIO.
import io
import os
import socket
import struct
import sys

address = (sys.argv[1], int(sys.argv[2]))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data.bin')
size = os.stat(path).st_size
for offset, count in [(0, None), (100, 50)]:
    with socket.create_connection(address) as s, open(path, 'rb') as f:
        length = size - offset if count is None else count
        s.sendall(struct.pack('!I', length))
        sent = s.sendfile(f, offset, count)
        print('sent', sent, 'position', f.tell(), sent == length)
        print(s.recv(10))
with socket.create_connection(address) as s:
    s.sendall(struct.pack('!I', 5))
    print('BytesIO', s.sendfile(io.BytesIO(b'hello')))
    print(s.recv(10))
with open(path) as text, socket.socket() as s:
    for call in (lambda: s.sendfile(text), lambda: socket.socket(type=socket.SOCK_DGRAM).sendfile(open(path, 'rb')),
                 lambda: s.sendfile(open(path, 'rb'), 0, 0), lambda: s.sendfile(open(path, 'rb'), 0, 'x')):
        try:
            call()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    s.setblocking(False)
    try:
        s.sendfile(open(path, 'rb'))
    except ValueError as e:
        print(e)
