# ulimit: 12
# about: EMFILE when the fd limit is reached
import socket
socks = []
try:
    while True:
        socks.append(socket.socket())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

len(socks) > 0
socks[-1].fileno()
for s in socks: s.close()

socket.socket().fileno()
