# 断点续传服务端: 客户端告诉已有多少字节, 服务端 seek 过去再发剩下的
import socket, os, sys, struct, hashlib
name = 'movie.bin'
with open(name, 'wb') as f:
    for i in range(1000):
        f.write(('%04d' % i).encode() * 16)
size = os.path.getsize(name)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen(1)
print('listening', flush=True)
for round in range(2):
    conn, addr = srv.accept()
    offset = struct.unpack('!Q', conn.recv(8))[0]
    print('客户端已有 %d 字节, 还要发 %d 字节' % (offset, size - offset))
    conn.sendall(struct.pack('!Q', size))
    with open(name, 'rb') as f:
        f.seek(offset)
        print('tell', f.tell())
        sent = 0
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            if round == 0 and sent >= 20000:
                print('模拟断线')
                break
            conn.sendall(chunk)
            sent += len(chunk)
    conn.close()
    print('本次发送', sent)
with open(name, 'rb') as f:
    print(hashlib.md5(f.read()).hexdigest())
srv.close()
