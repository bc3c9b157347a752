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
            raise ConnectionError('closed')
        data += chunk
    return data


def frame(body, key=KEY):
    return struct.pack('!I', len(body)) + body + hmac.new(key, body, hashlib.sha256).digest()


with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    messages = [frame(json.dumps({'text': 'hello'}).encode()),
                frame(json.dumps({'text': 'tampered'}).encode(), key=b'wrong key'),
                frame(json.dumps({'text': 'ünïcode ✓'}).encode()),
                frame(json.dumps({'text': 'x' * 5000}).encode())]
    for m in messages:
        s.sendall(m)
        (length,) = struct.unpack('!I', recv_exact(s, 4))
        body = recv_exact(s, length)
        tag = recv_exact(s, 32)
        ok = hmac.compare_digest(tag, hmac.new(KEY, body, 'sha256').digest())
        reply = json.loads(body)
        if 'upper' in reply:
            reply['upper'] = reply['upper'][:20]
        print('reply verified' if ok else 'reply FORGED', reply)
    s.shutdown(socket.SHUT_WR)
    print('leftover', s.recv(10))
