# Messages signed with a shared key: each frame is a 4-byte length, a JSON body and the body's
# HMAC-SHA256; the server checks every signature and answers with a signed reply.
import hashlib
import hmac
import json
import socket
import struct
import sys

KEY = b'classroom-shared-secret'


def recv_exact(sock, n):
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError('peer closed after %d of %d bytes' % (len(data), n))
        data += chunk
    return data


def send_signed(sock, obj):
    body = json.dumps(obj, sort_keys=True).encode()
    sock.sendall(struct.pack('!I', len(body)) + body + hmac.new(KEY, body, hashlib.sha256).digest())


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print('listening', flush=True)
conn, _ = srv.accept()
with conn:
    n = 0
    while True:
        try:
            (length,) = struct.unpack('!I', recv_exact(conn, 4))
        except ConnectionError as e:
            print('end:', e)
            break
        body = recv_exact(conn, length)
        tag = recv_exact(conn, 32)
        n += 1
        good = hmac.compare_digest(tag, hmac.new(KEY, body, hashlib.sha256).digest())
        print('frame', n, length, 'bytes', 'signature ok' if good else 'BAD signature', tag.hex()[:16])
        if not good:
            send_signed(conn, {'ok': False, 'error': 'bad signature', 'frame': n})
            continue
        msg = json.loads(body)
        digest = hashlib.sha1(msg['text'].encode()).hexdigest()
        send_signed(conn, {'ok': True, 'frame': n, 'sha1': digest, 'upper': msg['text'].upper()})
srv.close()
print('frames', n)
