# Sends good and bad JSON requests in one burst and prints the parsed replies.
import json
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
requests = [
    json.dumps({"op": "sum", "args": [1, 2, 3.5]}),
    json.dumps({"op": "max", "args": [-4, 9, 2]}),
    json.dumps({"op": "pow", "args": []}),
    json.dumps({"args": [1]}),
    "{not json",
    json.dumps({"op": "sum", "args": []}, indent=None, separators=(",", ":")),
]
s = socket.create_connection((host, port))
s.sendall(("\n".join(requests) + "\n").encode())
f = s.makefile("rb")
for _ in requests:
    resp = json.loads(f.readline())
    print(sorted(resp.items()))
f.close()
s.close()
