# The errors learners meet: refused connections, addresses in use, bad arguments, closed sockets.
import errno
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])

s = socket.socket()
try:
    s.connect((host, port))
except ConnectionRefusedError as e:
    print("connect:", e, e.errno, errno.errorcode[e.errno], e.strerror)
s.close()

s = socket.socket()
print("connect_ex:", s.connect_ex((host, port)), errno.ECONNREFUSED)
s.close()

first = socket.socket()
first.bind((host, port))
first.listen()
second = socket.socket()
try:
    second.bind((host, port))
except OSError as e:
    print("bind:", type(e).__name__, e)
second.close()
first.close()

s = socket.socket()
for address in ["127.0.0.1", (host,), (host, "80"), (host, 70000)]:
    try:
        s.connect(address)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__ + ":", e)
try:
    s.recv(10)
except OSError as e:
    print("recv unconnected:", e)
try:
    s.send(b"x")
except OSError as e:
    print("send unconnected:", e)
s.close()
try:
    s.send(b"x")
except OSError as e:
    print("send closed:", e)
print(s.fileno(), repr(s)[:25])
try:
    socket.socket(socket.AF_INET, 12345)
except OSError as e:
    print("bad type:", e)

print("about to fail", flush=True)
socket.create_connection((host, port))
