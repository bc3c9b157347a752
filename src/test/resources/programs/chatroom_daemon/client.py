# Three members in one process; each waits for what it must see, so the order is fixed.
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))


def recv_text(s):
    return s.recv(1024).decode('utf-8')


members = []
for nick in ['小明', '小红', '小刚']:
    s = socket.socket()
    s.connect(addr)
    assert recv_text(s) == 'NICK'
    s.send(nick.encode('utf-8'))
    print(nick, 'got:', recv_text(s))
    for other in members:
        print(other[0], 'got:', recv_text(other[1]))
    members.append((nick, s))
members[0][1].send('大家好'.encode('utf-8'))
for nick, s in members[1:]:
    print(nick, 'got:', recv_text(s))
gone = members.pop()
gone[1].close()
for nick, s in members:
    print(nick, 'got:', recv_text(s))
gone = members.pop()
gone[1].close()
print(members[0][0], 'got:', recv_text(members[0][1]))
members[0][1].close()
