# UDP echo: answers five datagrams, then stops.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
print("listening", flush=True)
for i in range(5):
    data, addr = srv.recvfrom(2048)
    print(i, len(data), data[:16], addr[0])
    srv.sendto(data.upper(), addr)
srv.close()
print("udp server done")
