import enum
import socket
import struct
import sys
from dataclasses import dataclass, field, asdict

class Op(enum.IntEnum):
    PING = 1
    ECHO = 2
    ADD = 3
    QUIT = 9

HEADER = struct.Struct("!BH")

@dataclass
class Stats:
    handled: int = 0
    by_op: dict = field(default_factory=dict)

    def count(self, op):
        self.handled += 1
        self.by_op[op.name] = self.by_op.get(op.name, 0) + 1

def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError(f"peer closed after {len(buf)} of {n} bytes")
        buf.extend(chunk)
    return bytes(buf)

def reply(sock, op, payload=b""):
    sock.sendall(HEADER.pack(op, len(payload)) + payload)

stats = Stats()
with socket.create_server((sys.argv[1], int(sys.argv[2]))) as srv:
    print("listening", flush=True)
    conn, _ = srv.accept()
    with conn:
        while True:
            raw_op, length = HEADER.unpack(recv_exact(conn, HEADER.size))
            body = recv_exact(conn, length)
            try:
                op = Op(raw_op)
            except ValueError as e:
                print("bad op:", e)
                reply(conn, 0, str(e).encode())
                continue
            stats.count(op)
            match op:
                case Op.PING:
                    reply(conn, op, b"PONG")
                case Op.ECHO if body:
                    reply(conn, op, body)
                case Op.ECHO:
                    reply(conn, op, b"(empty)")
                case Op.ADD:
                    a, b = struct.unpack("!ii", body)
                    reply(conn, op, struct.pack("!q", a + b))
                case Op.QUIT:
                    reply(conn, op)
                    break
    print(stats)
    print(asdict(stats))
    print(Op.ADD, repr(Op.ADD), Op(2).name, Op["QUIT"].value, list(Op), Op.PING + 1, f"{Op.ECHO}", format(Op.ECHO, "d"))
    try:
        recv_exact(conn, 1)
    except OSError as e:
        print(type(e).__name__, e)
