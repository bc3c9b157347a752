# Sends records of each type, then struct errors a learner meets, then a cut-off record.
import socket
import struct
import sys

HEADER = struct.Struct('!BBH')


def send(sock, kind, payload, version=1):
    sock.sendall(HEADER.pack(version, kind, len(payload)) + payload)
    _, rkind, length = HEADER.unpack(sock.recv(HEADER.size))
    data = b''
    while len(data) < length:
        data += sock.recv(length - len(data))
    return rkind, data


with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    points = b''.join(struct.pack('!ii', x, -x * 3) for x in range(1, 4))
    print(send(s, 1, points), struct.unpack('!q', send(s, 1, points)[1])[0])
    kind, data = send(s, 2, struct.pack('<Hf?x', 7, 21.25, True))
    print(kind, struct.unpack('<d', data))
    print(send(s, 3, 'grüße'.encode()))
    print(send(s, 9, b'\x01\x02', version=2))
    for bad in [lambda: struct.pack('!H', 70000), lambda: struct.pack('!B', -1), lambda: struct.pack('!i', 'x'),
                lambda: struct.unpack('!I', b'abc'), lambda: struct.pack('!2h', 1), lambda: struct.calcsize('!Z'),
                lambda: struct.pack('!?', []), lambda: struct.pack('3s', 'str')]:
        try:
            print(bad())
        except struct.error as e:
            print('struct.error:', e)
    print(struct.pack('!?', []), struct.pack('>e', 1.5), struct.unpack('>e', b'\x3e\x00'), struct.pack('5p', b'ab'))
    s.sendall(HEADER.pack(1, 3, 10) + b'short')
