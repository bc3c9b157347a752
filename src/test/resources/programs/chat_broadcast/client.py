# Drives three members of the chat room, reading every broadcast before the next step.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
socks, files = [], []


def expect(index):
    print(index, repr(files[index].readline()))


for i in range(3):
    s = socket.create_connection((host, port))
    socks.append(s)
    files.append(s.makefile("r", encoding="utf-8"))
    expect(i)
    for j in range(i):
        expect(j)
for sender, text in [(0, "hi all"), (2, "hello from three"), (1, "ünïcode ok")]:
    socks[sender].sendall((text + "\n").encode())
    for j in range(3):
        if j != sender:
            expect(j)
socks[1].sendall(b"/quit\n")
expect(0)
expect(2)
socks[0].sendall(b"split ")
socks[0].sendall(b"line\n/quit\n")
expect(2)
expect(2)
socks[2].sendall(b"/quit\n")
for i in range(3):
    print(i, repr(files[i].read()))
    files[i].close()
    socks[i].close()
