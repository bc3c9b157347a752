# create_server sets SO_REUSEADDR itself; the server answers with what it sees of each peer.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.create_server((host, port), family=socket.AF_INET, backlog=4)
print("listening", flush=True)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.family, srv.type)
print("bound", srv.getsockname() == (host, port))
for _ in range(2):
    conn, addr = srv.accept()
    with conn:
        print("peer host", addr[0], "local matches", conn.getsockname() == (host, port))
        conn.sendall(f"you are {addr[0]}".encode())
srv.close()
