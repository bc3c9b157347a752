# Socket errors checked the way tutorials check them: errno codes, os.strerror, exception classes.
import errno
import os
import socket
import sys

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free_port = probe.getsockname()[1]
probe.close()

# 1. Connecting to a port nobody listens on.
s = socket.socket()
try:
    s.connect(('127.0.0.1', free_port))
except socket.error as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, errno.errorcode[e.errno], e.strerror)
    print(isinstance(e, ConnectionError), e.args[1] == os.strerror(e.errno))
finally:
    s.close()

# 2. Binding a port that is taken.
a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    if e.errno == errno.EADDRINUSE:
        print('address in use:', e.strerror, '[Errno %d]' % e.errno)
    else:
        raise
b.close()

# 3. Non-blocking accept and recv with nothing there.
a.setblocking(False)
try:
    a.accept()
except BlockingIOError as e:
    print('accept would block:', e.errno in (errno.EAGAIN, errno.EWOULDBLOCK), errno.EAGAIN == errno.EWOULDBLOCK)
c = socket.create_connection(a.getsockname())
conn, _ = a.accept()
conn.setblocking(False)
try:
    conn.recv(10)
except socket.error as e:
    err = e.args[0]
    if err == errno.EAGAIN or err == errno.EWOULDBLOCK:
        print('No data available')
    else:
        print(e)
        sys.exit(1)

# 4. Using a closed socket, and a bad address.
c.close()
try:
    c.send(b'x')
except OSError as e:
    print(e.errno == errno.EBADF, e)
try:
    socket.create_connection(('no.such.host.invalid', 80), timeout=2)
except socket.gaierror as e:
    print('gaierror', e.errno == socket.EAI_NONAME, e)
try:
    socket.socket().connect(('127.0.0.1', 70000))
except OverflowError as e:
    print('OverflowError:', e)

# 5. The peer going away.
conn.setblocking(True)
conn.close()
print([name for name in ('ECONNRESET', 'EPIPE', 'ENOTCONN', 'EINPROGRESS', 'EISCONN') if hasattr(errno, name)])
print(errno.errorcode[32], os.strerror(errno.EPIPE), os.strerror(errno.ENOTCONN))
a.close()
