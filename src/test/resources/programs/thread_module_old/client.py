# Three clients in turn; then a send on a closed socket and a refused connect caught as socket.error.
import socket, sys
for i in range(3):
    s = socket.socket()
    s.connect((sys.argv[1], int(sys.argv[2])))
    print(s.recv(1024).decode(), end='')
    for word in ['hello', '你好']:
        s.send(word.encode())
        print(str(s.recv(1024), 'utf-8'))
    s.close()
try:
    s.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    socket.socket().connect((sys.argv[1], 1))
except socket.error as e:
    print('socket.error is', socket.error.__name__, '->', e)
