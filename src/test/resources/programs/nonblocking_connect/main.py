# A non-blocking connect: connect_ex returns EINPROGRESS, select says writable, SO_ERROR says 0.
import errno
import select
import socket

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()
addr = listener.getsockname()

s = socket.socket()
s.setblocking(False)
rc = s.connect_ex(addr)
print(rc, errno.errorcode.get(rc), rc in (0, errno.EINPROGRESS))
_, writable, _ = select.select([], [s], [], 5)
print(writable == [s], s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(s.getpeername() == addr, s.gettimeout(), s.getblocking())
try:
    s.connect(addr)
except OSError as e:
    print(type(e).__name__, e)
conn, _ = listener.accept()
s.send(b'ping')
r, _, _ = select.select([conn], [], [], 5)
print(conn.recv(10))

# To a closed port: the failure arrives through SO_ERROR.
closed = socket.socket()
closed.bind(('127.0.0.1', 0))
gone = closed.getsockname()
closed.close()
t = socket.socket()
t.setblocking(False)
rc = t.connect_ex(gone)
select.select([], [t], [], 5)
err = t.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print(errno.errorcode.get(err), errno.errorcode.get(rc))
try:
    t.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno)
for sock in (s, t, conn, listener):
    sock.close()
