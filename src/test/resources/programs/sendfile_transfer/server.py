# Receives files sent with socket.sendfile and reports their size and digest.
import hashlib
import socket
import struct
import sys

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((sys.argv[1], int(sys.argv[2])))
    srv.listen()
    print('listening', flush=True)
    for _ in range(3):
        conn, _ = srv.accept()
        with conn:
            size, = struct.unpack('!I', conn.recv(4, socket.MSG_WAITALL))
            got = bytearray()
            while len(got) < size:
                chunk = conn.recv(min(4096, size - len(got)))
                if not chunk:
                    break
                got += chunk
            print(size, len(got), hashlib.sha1(got).hexdigest()[:12], bytes(got[:20]))
            conn.sendall(b'thanks')
