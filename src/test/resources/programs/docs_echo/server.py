# Echo server program, as in the socket module's documentation.
import socket
import sys

HOST = sys.argv[1]                 # Symbolic name meaning all available interfaces
PORT = int(sys.argv[2])            # Arbitrary non-privileged port
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, PORT))
    s.listen(1)
    print("listening", flush=True)
    conn, addr = s.accept()
    with conn:
        print('Connected by', addr[0])
        while True:
            data = conn.recv(1024)
            if not data: break
            conn.sendall(data)
    print(conn)
