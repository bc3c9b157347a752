# about: errno names and numbers, errorcode, and matching OSError.errno in socket code
import errno
errno
errno.ECONNREFUSED, errno.ECONNRESET, errno.EADDRINUSE, errno.ETIMEDOUT, errno.EPIPE
errno.EAGAIN, errno.EWOULDBLOCK, errno.EINPROGRESS, errno.EALREADY, errno.EINTR
errno.EDEADLK, errno.EDEADLOCK, errno.EOPNOTSUPP, errno.ENOTSUP
errno.errorcode[111], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95]
len(errno.errorcode), min(errno.errorcode), max(errno.errorcode)
sorted(errno.errorcode.items())[:5]
sorted(n for n in dir(errno) if n.startswith('E')) == sorted(set(errno.errorcode.values()) | {'EWOULDBLOCK', 'EDEADLK', 'EOPNOTSUPP'})
[n for n in sorted(dir(errno)) if not n.startswith('E') and not n.startswith('__')]
all(getattr(errno, name) == code for code, name in errno.errorcode.items())
import socket
s = socket.socket()
try:
    s.connect(('127.0.0.1', {PORT}))
except OSError as e:
    print(e.errno == errno.ECONNREFUSED, errno.errorcode[e.errno], type(e).__name__)

s.close()
e = OSError(errno.ECONNRESET, 'Connection reset by peer')
type(e), e.errno == errno.ECONNRESET
OSError(errno.ESRCH, 'x'), OSError(errno.ECHILD, 'y'), OSError(errno.EWOULDBLOCK, 'z')
errno.ENOSUCH
errno.errorcode[0]
