# settimeout, setblocking and the default timeout, all against a listener of our own.
import errno
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen()
print("default timeout", socket.getdefaulttimeout(), listener.gettimeout(), listener.getblocking())
listener.settimeout(0.2)
try:
    listener.accept()
except socket.timeout as e:
    print("accept:", type(e).__name__, e, e.args, e.errno, isinstance(e, OSError), socket.timeout is TimeoutError)

client = socket.socket()
client.settimeout(3)
client.connect((host, port))
conn, _ = listener.accept()
print("accepted timeout", conn.gettimeout())
client.settimeout(0.1)
try:
    client.recv(10)
except TimeoutError as e:
    print("recv:", repr(e))

client.setblocking(False)
print("non-blocking", client.gettimeout(), client.getblocking())
try:
    client.recv(10)
except BlockingIOError as e:
    print("recv:", e.errno == errno.EAGAIN, e.strerror, type(e).__mro__[1].__name__)

conn.sendall(b"late data")
client.settimeout(None)
print("blocking again", client.gettimeout(), client.getblocking())
print(client.recv(100))

socket.setdefaulttimeout(1.5)
other = socket.socket()
print("new socket timeout", other.gettimeout())
socket.setdefaulttimeout(None)
other.close()
for bad in (-1, "soon"):
    try:
        client.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in (client, conn, listener):
    s.close()
print("closed", client.fileno())
