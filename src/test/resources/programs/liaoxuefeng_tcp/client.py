# 廖雪峰's TCP client: read the welcome, send three names, then 'exit'.
import socket
import sys

for round_ in range(2):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # 建立连接:
    s.connect((sys.argv[1], int(sys.argv[2])))
    # 接收欢迎消息:
    print(s.recv(1024).decode('utf-8'))
    for data in [b'Michael', b'Tracy', b'Sarah']:
        # 发送数据:
        s.send(data)
        print(s.recv(1024).decode('utf-8'))
    s.send(b'exit')
    print(s.recv(1024))
    s.close()
