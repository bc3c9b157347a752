# A line echo server for an interactive client.
import socket
import sys

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((sys.argv[1], int(sys.argv[2])))
    srv.listen()
    print('listening', flush=True)
    conn, _ = srv.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                print('client left')
                break
            print('got', data)
            conn.sendall(b'echo: ' + data)
