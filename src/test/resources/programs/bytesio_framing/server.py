# Messages framed with a 4-byte big-endian length, assembled in an io.BytesIO on both sides.
import io
import socket
import struct
import sys


def recv_message(conn, buffer):
    while True:
        data = buffer.getvalue()
        if len(data) >= 4:
            (length,) = struct.unpack('>I', data[:4])
            if len(data) >= 4 + length:
                rest = data[4 + length:]
                buffer.seek(0)
                buffer.truncate()
                buffer.write(rest)
                return data[4:4 + length]
        chunk = conn.recv(5)
        if not chunk:
            return None
        buffer.write(chunk)


with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((sys.argv[1], int(sys.argv[2])))
    srv.listen()
    print('listening', flush=True)
    conn, _ = srv.accept()
    with conn:
        buffer = io.BytesIO()
        count = 0
        while (message := recv_message(conn, buffer)) is not None:
            count += 1
            print(count, len(message), message[:20])
            reply = io.BytesIO()
            reply.write(struct.pack('>I', len(message)))
            reply.write(message[::-1])
            conn.sendall(reply.getvalue())
        print('left over', buffer.getvalue(), buffer.tell())
