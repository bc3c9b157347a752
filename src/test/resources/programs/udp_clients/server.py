# A UDP counter service: keeps a count per client address and answers each datagram with it.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind((host, port))
print("listening", flush=True)
counts = {}
order = []
while True:
    data, addr = srv.recvfrom(512)
    if data == b"shutdown":
        srv.sendto(b"bye", addr)
        break
    if addr not in counts:
        order.append(addr)
    counts[addr] = counts.get(addr, 0) + 1
    srv.sendto(b"%s #%d (client %d)" % (data, counts[addr], order.index(addr)), addr)
print("clients", len(counts), [counts[a] for a in order])
srv.close()
