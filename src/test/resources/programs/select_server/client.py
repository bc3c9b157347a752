# Three connections used in a fixed interleaving; every step waits for its reply.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
conns = [socket.create_connection((host, port)) for _ in range(3)]
for index, text in [(2, b"third"), (0, b"first"), (1, b"second"), (0, b"again")]:
    conns[index].sendall(text)
    print(index, conns[index].recv(1024))
for index in [1, 2, 0]:
    conns[index].sendall(b"bye")
    print(index, conns[index].recv(1024), conns[index].recv(1024))
    conns[index].close()
