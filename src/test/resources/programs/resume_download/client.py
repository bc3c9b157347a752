# 断点续传客户端: 'ab' 追加, os.path.getsize 算偏移, 第一次中途断了, 第二次接着下
import socket, os, sys, struct, hashlib
name = 'movie.bin.part'
for attempt in range(2):
    have = os.path.getsize(name) if os.path.exists(name) else 0
    s = socket.create_connection((sys.argv[1], int(sys.argv[2])))
    s.sendall(struct.pack('!Q', have))
    total, = struct.unpack('!Q', s.recv(8))
    with open(name, 'ab') as f:
        print('开始位置', f.tell(), 'total', total)
        while have < total:
            data = s.recv(8192)
            if not data:
                print('连接断开, 已下载 %.1f%%' % (have * 100 / total))
                break
            f.write(data)
            have += len(data)
    s.close()
print(os.path.getsize(name) == total)
os.rename(name, 'movie.bin')
with open('movie.bin', 'rb') as f:
    print(hashlib.md5(f.read()).hexdigest())
    f.seek(-16, os.SEEK_END)
    print(f.read(), f.tell(), f.seek(0, 2), f.seek(100), f.read(8))
st = os.stat('movie.bin')
print(st.st_size, type(st.st_mtime).__name__, os.path.isfile('movie.bin'), os.path.isdir('.'))
