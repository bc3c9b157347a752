# UDP 聊天 client: input() lines sent with sendto until 'exit', then a sendto on the closed socket.
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.settimeout(5)
while True:
    msg = input('输入消息: ')
    udp.sendto(msg.encode('utf-8'), addr)
    if msg == 'exit':
        break
    data, server = udp.recvfrom(1024)
    print('服务器回复:', data.decode('utf-8'), server == addr)
udp.close()
try:
    udp.sendto(b'x', addr)
except OSError as e:
    print(e)
