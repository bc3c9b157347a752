# An interactive client: `input()` until EOF or 'quit' (stdin is empty here, so EOF comes at once).
import socket
import sys

s = socket.socket()
s.connect((sys.argv[1], int(sys.argv[2])))
s.sendall(b'hello before the prompt')
print(s.recv(1024).decode())
while True:
    try:
        msg = input('> ')
    except EOFError:
        print('\nEOF, leaving')
        break
    except KeyboardInterrupt:
        print('interrupted')
        break
    if msg.strip() == 'quit':
        break
    s.sendall(msg.encode())
    print(s.recv(1024).decode())
s.close()
print(sys.stdin.read() == '', sys.stdin.readline() == '')
try:
    input()
except EOFError as e:
    print('EOFError', repr(e))
sys.exit('bye: ' + str(3))
