# A chat-style server: greets, echoes each line in brackets, says bye when the client stops writing.
import socket
import sys

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((sys.argv[1], int(sys.argv[2])))
    srv.listen()
    print('listening', flush=True)
    conn, _ = srv.accept()
    with conn:
        conn.sendall(b'welcome, type something\n')
        f = conn.makefile('rb')
        for line in f:
            conn.sendall(b'[' + line.rstrip(b'\n') + b']\n')
        print('client stopped writing')
        conn.sendall(b'bye\n')
        f.close()
