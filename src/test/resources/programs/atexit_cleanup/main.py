# A server that cleans up with atexit: callbacks run last-first after the worker thread ends, even on sys.exit.
import atexit
import socket
import sys
import threading

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()


@atexit.register
def close_listener():
    listener.close()
    print('closed the listener:', listener.fileno())


class BrokenCleanup:
    """A callable with a repr that is the same on every run (a function's shows its address)."""

    def __call__(self):
        raise RuntimeError('cleanup failed')

    def __repr__(self):
        return '<BrokenCleanup>'


def worker():
    conn, _ = listener.accept()
    with conn:
        print('worker got', conn.recv(100))


atexit.register(BrokenCleanup())
atexit.register(print, 'goodbye', 'from', 'atexit', sep='-')
atexit.register(print, 'never printed')
atexit.unregister(print)
t = threading.Thread(target=worker)
t.start()
print('main is done; the worker waits for its client')
with socket.create_connection(listener.getsockname()) as c:
    c.sendall(b'last words')
sys.exit(3)
