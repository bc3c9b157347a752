#!/usr/bin/python3
# 文件名：server.py  (菜鸟教程 Python3 网络编程)

# 导入 socket、sys 模块
import socket
import sys

# 创建 socket 对象
serversocket = socket.socket(
            socket.AF_INET, socket.SOCK_STREAM)

# 获取本地主机名
host = sys.argv[1]

port = int(sys.argv[2])

# 绑定端口号
serversocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
serversocket.bind((host, port))

# 设置最大连接数，超过后排队
serversocket.listen(5)
print("listening", flush=True)

for i in range(3):
    # 建立客户端连接
    clientsocket,addr = serversocket.accept()

    print("连接地址: %s" % str(addr[0]))

    msg='欢迎访问菜鸟教程！'+ "\r\n"
    clientsocket.send(msg.encode('utf-8'))
    clientsocket.close()
serversocket.close()
