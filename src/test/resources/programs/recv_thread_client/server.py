# 聊天服务器: 每个客户端一个线程, 收到就回 "服务器: xxx", 客户端那边用线程收消息
import socket, threading, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen()
print('listening', flush=True)
conn, addr = s.accept()
conn.sendall('欢迎!\n'.encode())
f = conn.makefile('r', encoding='utf-8')
for line in f:
    line = line.rstrip('\n')
    print('收到:', line)
    if line == '再见':
        conn.sendall('再见!\n'.encode())
        break
    conn.sendall(('服务器: ' + line[::-1] + '\n').encode())
f.close()
conn.close()
s.close()
