# Echo server program (docs style, getaddrinfo loop)
import socket
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
s = None
seen = []
for res in socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC,
                              socket.SOCK_STREAM, 0, socket.AI_PASSIVE):
    af, socktype, proto, canonname, sa = res
    seen.append((af, socktype, proto, repr(canonname), sa[0]))
    try:
        s = socket.socket(af, socktype, proto)
    except OSError as msg:
        s = None
        continue
    try:
        s.bind(sa)
        s.listen(1)
    except OSError as msg:
        s.close()
        s = None
        continue
    break
if s is None:
    print('could not open socket')
    sys.exit(1)
print("listening", flush=True)
for line in seen:
    print(*line)
conn, addr = s.accept()
with conn:
    print('Connected by', addr[0])
    while True:
        data = conn.recv(1024)
        if not data: break
        conn.send(data)
        print(len(data))
s.close()
print(s)
