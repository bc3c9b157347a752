# 廖雪峰's UDP client: send names, print each reply.
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
addr = (sys.argv[1], int(sys.argv[2]))
for data in [b'Michael', b'Tracy', b'Sarah', '小明'.encode('utf-8')]:
    # 发送数据:
    s.sendto(data, addr)
    # 接收数据:
    reply, peer = s.recvfrom(1024)
    print(reply.decode('utf-8'), peer == addr)
s.close()
