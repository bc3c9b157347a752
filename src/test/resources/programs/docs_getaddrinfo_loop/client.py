# Echo client program
import socket
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
s = None
for res in socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC, socket.SOCK_STREAM):
    af, socktype, proto, canonname, sa = res
    print(res[:3], type(af), af.name, int(socktype), str(proto))
    try:
        s = socket.socket(af, socktype, proto)
    except OSError as msg:
        s = None
        continue
    try:
        s.connect(sa)
    except OSError as msg:
        s.close()
        s = None
        continue
    break
if s is None:
    print('could not open socket')
    sys.exit(1)
with s:
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "http", proto=socket.IPPROTO_TCP))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
