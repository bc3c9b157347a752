import socket
import struct
import sys

HEADER = struct.Struct("!BH")

def call(sock, op, payload=b""):
    sock.sendall(HEADER.pack(op, len(payload)) + payload)
    op, n = HEADER.unpack(sock.recv(HEADER.size, socket.MSG_WAITALL))
    body = sock.recv(n, socket.MSG_WAITALL) if n else b""
    return op, body

with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    for op, payload in [(1, b""), (2, b"hi there"), (2, b""), (3, struct.pack("!ii", 2**31 - 1, 2**31 - 1)), (7, b"?"), (9, b"")]:
        got_op, body = call(s, op, payload)
        match got_op, body:
            case (3, b) if len(b) == 8:
                print("sum", struct.unpack("!q", b)[0], f"{struct.unpack('!q', b)[0]:,}")
            case (0, msg):
                print("error:", msg.decode())
            case (op, b""):
                print(f"op {op:#04x} ok")
            case (op, data):
                print(f"op {op!r:>4}: {data!r:<14}|{len(data):03d}")
