# Seeded random payloads sent as base64 lines, plus one broken line.
import base64
import random
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
payloads = [bytes(rng.randrange(256) for _ in range(rng.randint(3, 60))) for _ in range(5)]
lines = [base64.b64encode(p) for p in payloads]
lines.insert(2, b"not*base64")
lines.append(base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
s = socket.create_connection((host, port))
s.sendall(b"\n".join(lines) + b"\n")
s.shutdown(socket.SHUT_WR)
reader = s.makefile("r")
for line in lines:
    print(line[:12], "->", reader.readline().rstrip())
print(repr(reader.read()))
reader.close()
s.close()
