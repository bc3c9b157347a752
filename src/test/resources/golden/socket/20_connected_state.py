# about: methods on a connected socket, accepted repr, rebind and reconnect
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
c = socket.socket()
c.connect(('127.0.0.1', {PORT}))
conn, addr = srv.accept()
conn.getsockname() == c.getpeername()
conn.getpeername() == c.getsockname()
c.connect(('127.0.0.1', {PORT}))
c.connect_ex(('127.0.0.1', {PORT}))
c.bind(('127.0.0.1', 0))
c.listen()
c.accept()
conn.gettimeout(), conn.getblocking()
conn.family, conn.type
c.close(); conn.close(); srv.close()
