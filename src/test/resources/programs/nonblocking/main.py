# Non-blocking accept, connect and recv, waiting with select between steps.
import errno
import select
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen()
listener.setblocking(False)
try:
    listener.accept()
except BlockingIOError as e:
    print("accept:", e)

client = socket.socket()
client.setblocking(False)
code = client.connect_ex((host, port))
print("connect_ex:", errno.errorcode.get(code, code) if code else 0)
_, writable, _ = select.select([], [client], [], 5)
print("writable", writable == [client], "SO_ERROR", client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
readable, _, _ = select.select([listener], [], [], 5)
conn, _ = listener.accept()
print("accepted blocking?", conn.getblocking(), conn.gettimeout())
try:
    client.recv(100)
except BlockingIOError as e:
    print("recv:", e.errno, e)
conn.sendall(b"x" * 10)
select.select([client], [], [], 5)
print(client.recv(100))
sent = 0
try:
    while True:
        sent += client.send(b"y" * 65536)
except BlockingIOError as e:
    print("send buffer full", sent > 0, e.errno)
for s in (client, conn, listener):
    s.close()
