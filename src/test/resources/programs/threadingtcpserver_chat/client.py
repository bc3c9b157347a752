# Three members one after another: nickname, a few lines, 'bye' (the last one just leaves).
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
for name, lines in [('张三', ['hello', '吃了吗']), ('李四', ['ok']), ('王五', [])]:
    sk = socket.socket()
    sk.connect(addr)
    print(sk.recv(1024).decode('utf-8'))
    sk.sendall(name.encode('utf-8'))
    print(sk.recv(1024).decode('utf-8'))
    for inp in lines:
        sk.sendall(inp.encode('utf-8'))
        print(sk.recv(1024).decode('utf-8'))
    if lines:
        sk.sendall(b'bye')
        print(sk.recv(1024))
    sk.close()
