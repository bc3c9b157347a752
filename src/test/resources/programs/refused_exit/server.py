# A server that takes one client and quits; the client then finds nobody listening.
import socket
import sys

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen()
print('listening', flush=True)
conn, _ = srv.accept()
print('first client says', conn.recv(100))
srv.close()  # before the client sees its end of file, so that its retry is refused
conn.close()
print('server gone')
