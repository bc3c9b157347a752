# about: non-blocking connect, select for writability, SO_ERROR
# peer: silent_server {PORT}
import socket, select
s = socket.socket()
s.setblocking(False)
try:
    s.connect(('127.0.0.1', {PORT}))
except BlockingIOError as e:
    print(e.errno, e.strerror)

r, w, x = select.select([], [s], [], 2)
w == [s]
s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
s.recv(10)
s.close()
