# ulimit: 20
# about: EMFILE at the limit with some sockets bound, and a freed number reused
import socket
bound = [socket.socket() for i in range(4)]
for s in bound: s.bind(('127.0.0.1', 0))

socks = []
try:
    while True:
        socks.append(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

len(socks)
socks[-1].fileno()
bound[1].close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
u.fileno()
for s in socks + bound: s.close()

u.close()
