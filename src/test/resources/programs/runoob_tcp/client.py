#!/usr/bin/python3
# 文件名：client.py  (菜鸟教程 Python3 网络编程)

# 导入 socket、sys 模块
import socket
import sys

for i in range(3):
    # 创建 socket 对象
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

    # 获取本地主机名
    host = sys.argv[1]

    # 设置端口号
    port = int(sys.argv[2])

    # 连接服务，指定主机和端口
    s.connect((host, port))

    # 接收小于 1024 字节的数据
    msg = s.recv(1024)

    s.close()

    print (msg.decode('utf-8'))
    print(len(msg), msg[:6], msg.decode('utf-8').strip().encode('gbk'))
