# One session: wrong password, register, login, whoami, a broken line, an unknown type.
import socket, json, sys
s = socket.create_connection((sys.argv[1], int(sys.argv[2])))
f = s.makefile('r', encoding='utf-8')


def send(obj):
    s.sendall((json.dumps(obj) + '\n').encode())
    r = json.loads(f.readline())
    print(r)
    return r


send({'type': 'login', 'user': 'admin', 'pwd': '000'})
send({'type': 'login', 'user': 'admin', 'pwd': '123456'})
send({'type': 'register', 'user': '小王', 'pwd': 'abc'})
send({'type': 'register', 'user': '小王', 'pwd': 'abc'})
send({'type': 'whoami'})
s.sendall(b'{"type": "login", \n')
print(json.loads(f.readline()))
s.sendall(b"{'type': 'x'}\n")
print(json.loads(f.readline()))
s.sendall(b'[1, 2,]\n')
print(f.readline(), end='')
s.sendall(b'\n')
print(f.readline(), end='')
send({'type': 'logout'})
f.close()
s.close()
