# about: create_server/create_connection, makefile readline, shutdown, the with statement
import socket
srv = socket.create_server(('127.0.0.1', {PORT}))
srv
srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
cli = socket.create_connection(('127.0.0.1', {PORT}))
cli
conn, addr = srv.accept()
conn
cli.sendall(b'line one\nline two\nrest')
rf = conn.makefile('r')
rf.readline()
rf.readline()
cli.shutdown(socket.SHUT_WR)
rf.readline()
rf.readline()
rf.close()
conn.recv(10)
cli.send(b'x')
cli
cli.shutdown(5)
conn.sendall(b'still open this way')
cli.recv(100)
conn.shutdown(socket.SHUT_RDWR)
cli.recv(100)
conn.close()
cli.close()
srv.close()
with socket.socket() as w:
    w.bind(('127.0.0.1', 0))
    print(w.getsockname()[0], w.fileno())

w
w.fileno()
with socket.create_server(('127.0.0.1', {PORT2})) as s2, socket.create_connection(('127.0.0.1', {PORT2})) as c2:
    print(c2.getpeername() == s2.getsockname(), c2.fileno())

s2
c2
socket.socket().fileno()
