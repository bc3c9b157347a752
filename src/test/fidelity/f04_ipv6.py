# about: an IPv6 server and client on ::1
import socket
srv = socket.socket(socket.AF_INET6)
srv.bind(('::1', {PORT}))
srv.listen()
srv
cli = socket.create_connection(('::1', {PORT}))
conn, addr = srv.accept()
addr[0], len(addr), cli.getpeername()
cli.family, conn.family, cli.proto
cli.sendall(b'over six')
conn.recv(100)
srv.getsockname()
cli.close(); conn.close(); srv.close()
socket.socket(socket.AF_INET6).getsockname()
