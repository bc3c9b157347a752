# A client for the poll server: one message at a time, waiting for each echo.
import socket
import sys

sock = socket.create_connection((sys.argv[1], int(sys.argv[2])))
for word in ["alpha", "beta", "gamma"]:
    sock.sendall(word.encode())
    print("echo:", sock.recv(1024).decode())
sock.close()
