# 聊天机器人 server: input() 从 stdin 读回复 (stdin piped)
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(1)
print('listening', flush=True)
conn, addr = s.accept()
while True:
    data = conn.recv(1024)
    if not data:
        print('客户端已退出')
        break
    print('客户端说:', data.decode('utf-8'))
    try:
        reply = input('回复>>> ')
    except EOFError:
        print('\n没有输入了')
        conn.send('再见'.encode('utf-8'))
        break
    conn.send(reply.encode('utf-8'))
conn.close()
s.close()
