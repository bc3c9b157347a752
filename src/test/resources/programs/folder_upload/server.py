# 上传整个文件夹 (server): 每个文件先收 json 报头 {path, size}, 再收内容, 按相对路径存进 upload/.
import socket, os, sys, json, struct
def recvall(c, n):
    buf = b''
    while len(buf) < n:
        d = c.recv(n - len(buf))
        if not d:
            raise EOFError('断开')
        buf += d
    return buf
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen()
print('listening', flush=True)
c, _ = srv.accept()
saved = []
while True:
    n, = struct.unpack('!I', recvall(c, 4))
    if n == 0:
        break
    head = json.loads(recvall(c, n))
    target = os.path.join('upload', *head['path'].split('/'))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'wb') as f:
        f.write(recvall(c, head['size']))
    saved.append((head['path'], head['size']))
c.sendall(('收到 %d 个文件' % len(saved)).encode())
c.close()
for p, size in saved:
    print(p, size)
for root, dirs, files in os.walk('upload'):
    print(root, sorted(dirs), sorted(files))
total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk('upload') for f in fs)
print('total', total)
import shutil
shutil.rmtree('upload')
print(os.path.exists('upload'))
