# File transfer with a struct header: name length, name, size; the server writes the file beside itself.
import hashlib
import os
import socket
import struct
import sys

HEADER = struct.Struct('>I')
BUFSIZE = 7


def recv_exact(conn, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = conn.recv(min(BUFSIZE, n - len(buf)))
        if not chunk:
            raise ConnectionError('peer closed after %d of %d bytes' % (len(buf), n))
        buf.extend(chunk)
    return bytes(buf)


def main(host, port):
    with socket.socket() as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind((host, port))
        srv.listen()
        print('listening', flush=True)
        for _ in range(2):
            conn, _ = srv.accept()
            with conn:
                (name_len,) = HEADER.unpack(recv_exact(conn, HEADER.size))
                name = recv_exact(conn, name_len).decode('utf-8')
                size, = struct.unpack('!Q', recv_exact(conn, 8))
                target = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'received_' + os.path.basename(name))
                md5 = hashlib.md5()
                try:
                    with open(target, 'wb') as f:
                        left = size
                        while left:
                            chunk = recv_exact(conn, min(left, 10))
                            f.write(chunk)
                            md5.update(chunk)
                            left -= len(chunk)
                except ConnectionError as e:
                    print('transfer failed:', e)
                    conn.sendall(b'FAIL')
                    continue
                conn.sendall(b'OK' + md5.hexdigest().encode())
                print(f'received {name!r}: {os.path.getsize(target)} bytes, exists={os.path.exists(target)}')
                with open(target, encoding='utf-8') as f:
                    for number, line in enumerate(f, 1):
                        print(number, repr(line))
                print(sorted(n for n in os.listdir('.') if n.startswith('received_')))
                os.remove(target)
    print('done', os.path.exists(target))


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]))
