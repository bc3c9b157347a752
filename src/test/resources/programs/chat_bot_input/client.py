# 聊天机器人 client: input() until 'q' (stdin piped), blank lines skipped, a last input() at EOF.
import socket, sys
c = socket.socket()
c.connect((sys.argv[1], int(sys.argv[2])))
while True:
    msg = input('请输入: ').strip()
    if not msg:
        continue
    if msg == 'q':
        break
    c.send(msg.encode('utf-8'))
    data = c.recv(1024).decode('utf-8')
    print('服务端:', data)
    if data == '再见':
        break
c.close()
print(input('last: '))
