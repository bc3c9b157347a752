# The same echo over IPv6 loopback: AF_INET6 addresses are 4-tuples.
import socket
import sys

port = int(sys.argv[2])
srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("::1", port))
srv.listen()
print(srv.family, srv.getsockname()[0], srv.getsockname()[1] == port, srv.getsockname()[2:])
cli = socket.socket(socket.AF_INET6)
cli.connect(("::1", port, 0, 0))
conn, addr = srv.accept()
print(len(addr), addr[0], addr[2:], conn.getsockname()[1] == port)
cli.sendall(b"over v6")
print(conn.recv(100))
print(socket.getaddrinfo("::1", port, socket.AF_INET6, socket.SOCK_STREAM)[0][4][1] == port)
try:
    cli.connect(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e)
for s in (cli, conn, srv):
    s.close()
with socket.create_server(("::1", port), family=socket.AF_INET6) as again:
    print("create_server", again.family, again.getsockname()[0])
