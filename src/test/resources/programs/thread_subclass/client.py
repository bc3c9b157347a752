# Two clients: each sends a few words and reads them back reversed, then 'quit' / 'exit'.
import socket, sys
for end in ['quit', 'exit']:
    s = socket.socket()
    s.connect((sys.argv[1], int(sys.argv[2])))
    for w in ['abc', '上海自来水']:
        s.send(w.encode())
        print(s.recv(1024).decode())
    s.send(end.encode())
    s.close()
