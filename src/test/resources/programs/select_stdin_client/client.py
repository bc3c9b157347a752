# The classic chat client loop: select() over sys.stdin and the socket; stdin ends at once here.
import select
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((sys.argv[1], int(sys.argv[2])))
print(s.recv(1024).decode(), end='')
s.sendall(b'line sent before the loop\n')
print(s.recv(1024).decode(), end='')
inputs = [sys.stdin, s]
while inputs:
    readable, _, _ = select.select(inputs, [], [], 10)
    if not readable:
        print('timed out')
        break
    for src in readable:
        if src is s:
            data = s.recv(1024)
            if not data:
                print('server closed the connection')
                inputs.remove(s)
                break
            sys.stdout.write(data.decode())
            sys.stdout.flush()
        else:
            line = sys.stdin.readline()
            if not line:
                print('stdin closed:', repr(line), sys.stdin.closed)
                inputs.remove(sys.stdin)
                s.shutdown(socket.SHUT_WR)
            else:
                s.sendall(line.encode())
s.close()
