# Echo server: serves three clients one after another, echoing until each hangs up.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen(5)
print("listening", flush=True)
for number in range(3):
    conn, _ = srv.accept()
    total = 0
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            total += len(data)
            conn.sendall(data)
    print(f"client {number}: echoed {total} bytes")
srv.close()
print("server done")
