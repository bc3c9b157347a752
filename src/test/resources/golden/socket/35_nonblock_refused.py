# about: non-blocking connect to a closed port, then SO_ERROR is ECONNREFUSED
import socket, select
s = socket.socket()
s.setblocking(False)
s.connect_ex(('127.0.0.1', {PORT}))
r, w, x = select.select([s], [s], [], 2)
len(r), len(w)
s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
s.close()
