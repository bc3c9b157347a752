# Sends payload.txt (beside this script) with a struct header, then a truncated transfer.
import hashlib
import os
import socket
import struct
import sys

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, 'payload.txt')
size = os.path.getsize(path)
print('sending', os.path.basename(path), size, 'bytes', os.path.splitext(path)[1])

with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    name = os.path.basename(path).encode()
    s.sendall(struct.pack('>I', len(name)) + name + struct.pack('!Q', size))
    with open(path, 'rb') as f:
        while True:
            chunk = f.read(16)
            if not chunk:
                break
            s.sendall(chunk)
        print('tell', f.tell())
    reply = s.recv(64)
    with open(path, 'rb') as f:
        local = hashlib.md5(f.read()).hexdigest()
    print(reply[:2], reply[2:].decode() == local)

with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    s.sendall(struct.pack('>I', 3) + b'cut' + struct.pack('!Q', 100) + b'only this')
    s.shutdown(socket.SHUT_WR)
    print(s.recv(64))
