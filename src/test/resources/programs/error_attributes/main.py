import errno
import os
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])

def show(e):
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.errno, "|", e.strerror, "|", e.args)
    if e.errno:
        print("   ", errno.errorcode[e.errno], os.strerror(e.errno))

s = socket.socket()
try:
    s.connect((host, port))
except ConnectionRefusedError as e:
    show(e)
except OSError as e:
    print("other", e)
finally:
    s.close()

a = socket.socket()
a.bind((host, port))
b = socket.socket()
try:
    b.bind((host, port))
except OSError as e:
    show(e)
    print(e.errno == errno.EADDRINUSE, isinstance(e, OSError))
a.listen()
b.close()

c = socket.socket()
c.settimeout(0.2)
c.connect((host, port))
try:
    c.recv(10)
except socket.timeout as e:
    show(e)
    print(socket.timeout is TimeoutError, type(e))
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    show(e)
c.close()
try:
    c.send(b"x")
except OSError as e:
    show(e)
try:
    c.fileno(), print(c.fileno())
    c.getpeername()
except OSError as e:
    show(e)
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    d.sendto(b"x" * 70000, (host, port))
except OSError as e:
    show(e)
try:
    d.getpeername()
except OSError as e:
    show(e)
try:
    socket.socket().connect(("127.0.0.1", 70000))
except OverflowError as e:
    print(repr(e))
try:
    socket.socket().connect(("127.0.0.1",))
except TypeError as e:
    print(repr(e))
try:
    socket.socket().connect("127.0.0.1:80")
except TypeError as e:
    print(repr(e))
try:
    socket.inet_aton("300.1.1.1")
except OSError as e:
    show(e)
try:
    socket.socket(99)
except OSError as e:
    show(e)
try:
    raise OSError(errno.ECONNRESET, "custom")
except ConnectionResetError as e:
    show(e)
print(OSError(2, "No such file", "f.txt"))
print(OSError(1, "x", "a", None, "b"))
print(ConnectionError("plain"), repr(BrokenPipeError(32, "Broken pipe")))
a.close()
d.close()
