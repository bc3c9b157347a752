# 廖雪峰's UDP server: no connection, recvfrom and sendto.
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# 绑定端口:
s.bind((sys.argv[1], int(sys.argv[2])))
print('Bind UDP on %s...' % sys.argv[1], flush=True)
for _ in range(4):
    # 接收数据:
    data, addr = s.recvfrom(1024)
    print('Received from %s:%s.' % (addr[0], '...'))
    reply = 'Hello, %s!' % data.decode('utf-8')
    s.sendto(reply.encode('utf-8'), addr)
s.close()
print(s)
