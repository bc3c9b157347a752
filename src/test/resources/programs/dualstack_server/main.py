import socket, sys, threading
host = sys.argv[1]
print(socket.has_dualstack_ipv6(), socket.has_ipv6)
if socket.has_dualstack_ipv6():
    srv = socket.create_server(("", 0), family=socket.AF_INET6, dualstack_ipv6=True)
else:
    srv = socket.create_server(("", 0))
port = srv.getsockname()[1]
print(srv.family, srv.type, srv.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn:
            print("peer", addr[0], len(addr))
            conn.sendall(conn.recv(100).upper())
t = threading.Thread(target=serve, args=(2,))
t.start()
for target in ("127.0.0.1", "::1"):
    with socket.create_connection((target, port)) as c:
        c.sendall(b"via " + target.encode())
        print(c.recv(100), c.family)
t.join()
srv.close()
try:
    socket.create_server(("127.0.0.1", 0), family=socket.AF_INET, dualstack_ipv6=True)
except ValueError as e:
    print(repr(e))
s6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
print(s6.getsockname()[0], len(s6.getsockname()))
s6.close()
s = socket.create_server((host, 0), backlog=1, reuse_port=True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.close()
try:
    socket.create_connection(("::1", port), timeout=1)
except OSError as e:
    print(type(e).__name__, e)
