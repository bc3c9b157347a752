# about: AF_UNIX bind existing path, connect missing, stale path
import socket
p = '{TMP}/s.sock'
a = socket.socket(socket.AF_UNIX)
a.bind(p)
a.getsockname()
b = socket.socket(socket.AF_UNIX)
b.bind(p)
b.connect('{TMP}/missing.sock')
b.connect(p)
a.close()
c = socket.socket(socket.AF_UNIX)
c.connect(p)
b.close(); c.close()
