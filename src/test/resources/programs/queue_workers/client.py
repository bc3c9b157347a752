# Six concurrent clients from a thread each; replies collected in a dict and printed in order.
import socket
import sys
import threading

address = (sys.argv[1], int(sys.argv[2]))
replies = {}
ready = threading.Barrier(6)


def client(n):
    with socket.socket() as s:
        s.connect(address)
        ready.wait()
        s.sendall(' '.join(str(i) for i in range(n + 1)).encode() + b'\n')
        replies[n] = s.recv(64).decode().strip()


threads = [threading.Thread(target=client, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(replies):
    print(n, replies[n])
