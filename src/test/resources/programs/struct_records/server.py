# A binary protocol of typed records: a '!BBH' header (version, type, length), payloads per type.
import socket
import struct
import sys

HEADER = struct.Struct('!BBH')
POINT = struct.Struct('!ii')
READING = struct.Struct('<Hf?x')


def recvall(sock, n):
    data = b''
    while len(data) < n:
        more = sock.recv(n - len(data))
        if not more:
            raise EOFError(f'wanted {n} bytes, got {len(data)}')
        data += more
    return data


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen()
print('listening', flush=True)
print(HEADER.size, POINT.size, READING.size, struct.calcsize('@ihq'), struct.calcsize('=ihq'), HEADER.format)
conn, _ = srv.accept()
replies = bytearray(64)
try:
    while True:
        version, kind, length = HEADER.unpack(recvall(conn, HEADER.size))
        payload = recvall(conn, length)
        if kind == 1:
            points = list(POINT.iter_unpack(payload))
            print('points', points)
            reply = struct.pack('!q', sum(x * y for x, y in points))
        elif kind == 2:
            sensor, value, ok = READING.unpack_from(payload, 0)
            print('reading', sensor, round(value, 3), ok)
            reply = struct.pack('<d', value * 2)
        elif kind == 3:
            text = payload.decode('utf-8')
            print('text', text)
            reply = struct.pack(f'!{len(payload)}sI', payload.upper(), len(text))
        else:
            print('unknown kind', kind, 'version', version)
            reply = b''
        HEADER.pack_into(replies, 0, version, kind, len(reply))
        conn.sendall(bytes(replies[:HEADER.size]) + reply)
except EOFError as e:
    print('EOFError:', e)
except struct.error as e:
    print('struct.error:', e)
conn.close()
srv.close()
