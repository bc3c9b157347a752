# Three UDP sockets take turns talking to the counter service.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
socks = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(3)]
for s in socks:
    s.settimeout(5)
for turn, index in enumerate([0, 1, 0, 2, 2, 2, 1]):
    socks[index].sendto(f"turn{turn}".encode(), (host, port))
    print(index, socks[index].recv(100))
socks[1].sendto(b"shutdown", (host, port))
print(socks[1].recvfrom(100)[0])
for s in socks:
    s.close()
