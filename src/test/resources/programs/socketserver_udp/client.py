# Three datagrams to the reversing UDP server.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.settimeout(5)
    for data in [b"stressed", b"level", b"12345"]:
        s.sendto(data, (host, port))
        print(s.recvfrom(100)[0])
