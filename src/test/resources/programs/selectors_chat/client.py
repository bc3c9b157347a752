# Two chatters in one script, each line read back with makefile() before the next step.
import socket
import sys

address = (sys.argv[1], int(sys.argv[2]))


def join(nick):
    s = socket.create_connection(address)
    f = s.makefile('r')
    s.sendall(nick.encode() + b'\n')
    print(nick, '<', f.readline().rstrip())
    return s, f


ann, ann_in = join('ann')
ben, ben_in = join('ben')
print('ann <', ann_in.readline().rstrip())
ann.sendall(b'hello ben\nhow are ')
ann.sendall(b'you?\n')
print('ben <', ben_in.readline().rstrip())
print('ben <', ben_in.readline().rstrip())
ben.sendall('fine, 谢谢\n'.encode())
print('ann <', ann_in.readline().rstrip())
ben_in.close()
ben.close()
print('ann <', ann_in.readline().rstrip())
ann_in.close()
ann.close()
