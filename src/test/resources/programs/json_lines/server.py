# JSON-lines calculator: one JSON object per line in, one per line out.
import json
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
buf = b""
handled = 0
while True:
    data = conn.recv(64)
    if not data:
        break
    buf += data
    while b"\n" in buf:
        line, buf = buf.split(b"\n", 1)
        try:
            req = json.loads(line)
            op = req["op"]
            args = req["args"]
            if op == "sum":
                resp = {"ok": True, "result": sum(args)}
            elif op == "max":
                resp = {"ok": True, "result": max(args)}
            else:
                resp = {"ok": False, "error": f"unknown op {op!r}"}
        except json.JSONDecodeError as e:
            resp = {"ok": False, "error": str(e)}
        except KeyError as e:
            resp = {"ok": False, "error": "missing " + str(e)}
        handled += 1
        print("request", handled, json.dumps(resp, sort_keys=True))
        conn.sendall((json.dumps(resp) + "\n").encode())
conn.close()
srv.close()
print("handled", handled)
