# about: AF_UNIX server and client, names on both ends, a stale path refuses
import socket
srv = socket.socket(socket.AF_UNIX)
srv.bind('{TMP}/echo.sock')
srv.listen()
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect('{TMP}/echo.sock')
conn, addr = srv.accept()
addr, cli.getpeername(), conn.getsockname(), cli.getsockname()
cli.sendall(b'unix data')
conn.recv(4), conn.recv(100)
conn
cli.close()
conn.recv(10)
conn.close(); srv.close()
late = socket.socket(socket.AF_UNIX)
late.connect('{TMP}/echo.sock')
late.connect(('127.0.0.1', 80))
