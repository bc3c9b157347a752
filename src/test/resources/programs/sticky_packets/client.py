# First sends six pieces without framing (they arrive stuck together), then framed messages.
import socket, struct, sys
addr = (sys.argv[1], int(sys.argv[2]))
client = socket.socket()
client.connect(addr)
for i in range(5):
    client.send(('hello%d ' % i).encode('utf-8'))
client.send('你好'.encode('utf-8'))
client.close()
client = socket.socket()
client.connect(addr)
for msg in ['hello', 'world', '中文消息', 'x' * 3000]:
    body = msg.encode('utf-8')
    client.send(struct.pack('i', len(body)))
    client.send(body)
    n = struct.unpack('!I', client.recv(4))[0]
    reply = b''
    while len(reply) < n:
        reply += client.recv(n - len(reply))
    print(n, reply[:20].decode('utf-8'))
client.close()
