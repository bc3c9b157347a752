# A typed binary protocol: header '!BHI' (type, sequence, length), then the body.
import socket
import struct
import sys

HEADER = struct.Struct("!BHI")
TEXT, NUMBERS, CLOSE = 1, 2, 3


def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        more = sock.recv(n - len(data))
        if not more:
            raise ConnectionError("short message")
        data += more
    return data


def reply(sock, kind, seq, body):
    sock.sendall(HEADER.pack(kind, seq, len(body)) + body)


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
while True:
    kind, seq, length = HEADER.unpack(recv_exactly(conn, HEADER.size))
    body = recv_exactly(conn, length)
    print("message", kind, seq, length)
    if kind == TEXT:
        reply(conn, TEXT, seq, body.decode("utf-8").title().encode("utf-8"))
    elif kind == NUMBERS:
        values = struct.unpack(f"!{length // 8}d", body)
        total = sum(values)
        reply(conn, NUMBERS, seq, struct.pack("!dd", total, total / len(values) if values else 0.0))
    elif kind == CLOSE:
        reply(conn, CLOSE, seq, b"")
        break
    else:
        reply(conn, 255, seq, f"unknown type {kind}".encode())
conn.close()
srv.close()
print("closed")
