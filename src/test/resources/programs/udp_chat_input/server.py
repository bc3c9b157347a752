# UDP 聊天: 服务端 recvfrom, input() 回复
import socket, sys
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind((sys.argv[1], int(sys.argv[2])))
print('listening', flush=True)
while True:
    data, addr = udp.recvfrom(1024)
    text = data.decode('utf-8')
    print('来自 %s 的消息: %s' % (addr[0], text))
    if text == 'exit':
        break
    reply = input('> ')
    udp.sendto(reply.encode('utf-8'), addr)
udp.close()
print('服务器关闭')
