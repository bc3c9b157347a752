# 粘包演示与解决: 先 recv 到关闭看粘在一起, 再用 struct 报头分开
import socket, struct, sys
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(5)
print('listening', flush=True)
conn, addr = server.accept()
whole = b''
while True:
    data = conn.recv(1024)
    if not data:
        break
    whole += data
print('粘在一起了:', whole.decode('utf-8'))
conn.close()
conn, addr = server.accept()
while True:
    header = conn.recv(4)
    if len(header) == 0:
        break
    while len(header) < 4:
        header += conn.recv(4 - len(header))
    length = struct.unpack('i', header)[0]
    body = b''
    while len(body) < length:
        body += conn.recv(length - len(body))
    print('第 %d 字节的消息: %s' % (length, body.decode('utf-8')))
    conn.send(struct.pack('!I', len(body)) + body.upper())
conn.close()
server.close()
