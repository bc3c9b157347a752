# select.select with timeouts, write readiness, and a peer that has closed.
import select
import socket
import sys
import time

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen()
start = time.monotonic()
print(select.select([listener], [], [], 0.2))
print("waited enough", time.monotonic() - start >= 0.19)
client = socket.create_connection((host, port))
r, w, x = select.select([listener], [client], [client], 1)
print(r == [listener], w == [client], x)
conn, _ = listener.accept()
print(select.select([conn, client], [], [], 0))
client.sendall(b"ping")
r, _, _ = select.select([conn, client], [], [], 1)
print([s is conn for s in r], conn.recv(10))
client.close()
r, _, _ = select.select([conn], [], [], 1)
print(len(r), conn.recv(10))
print(select.select([], [], [], 0))
for bad, timeout in (([conn], -1), (None, 0), ([conn], "1")):
    try:
        select.select(bad, [], [], timeout)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
conn.close()
try:
    select.select([conn], [], [], 0)
except ValueError as e:
    print("closed:", e)
listener.close()
