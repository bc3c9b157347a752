# about: AF_UNIX stream sockets bound to paths in a fresh directory
import socket
path = '{TMP}/srv.sock'
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s
s.getsockname()
s.bind(path)
s
s.getsockname()
s.listen(1)
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = s.accept()
addr
conn
c.getpeername()
c.sendall(b'over unix')
conn.recv(100)
conn.sendall('你好'.encode())
c.recv(100).decode()
t = socket.socket(socket.AF_UNIX)
t.bind(path)
t.connect('{TMP}/missing.sock')
t.bind(('127.0.0.1', 0))
t.close()
c.close()
conn.recv(100)
conn.close()
s.close()
u = socket.socket(socket.AF_UNIX)
u.connect(path)
u.close()
socket.AF_UNIX
