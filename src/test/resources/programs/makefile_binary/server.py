# A tiny key/value store spoken over binary makefile() streams: SET k n\r\n<bytes>, GET k, END.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
store = {}
conn, _ = srv.accept()
rfile = conn.makefile("rb")
wfile = conn.makefile("wb", buffering=0)
while True:
    line = rfile.readline(100)
    parts = line.split()
    print("command", parts)
    if not parts or parts[0] == b"END":
        wrote = wfile.write(b"+BYE\r\n")
        break
    if parts[0] == b"SET":
        store[parts[1]] = rfile.read(int(parts[2]))
        wrote = wfile.write(b"+OK\r\n")
    elif parts[0] == b"GET" and parts[1] in store:
        value = store[parts[1]]
        wrote = wfile.write(b"$%d\r\n%s" % (len(value), value))
    else:
        wrote = wfile.write(b"-ERR no such key\r\n")
    print("wrote", wrote)
rfile.close()
wfile.close()
conn.close()
srv.close()
print(sorted(store))
