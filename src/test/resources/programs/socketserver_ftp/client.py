# FTP 客户端: 命令行拆成 cmd + 参数, getattr 找 do_cmd, json 报头, 上传进度.
import socket, json, struct, sys, os, hashlib


class FtpClient:
    def __init__(self, addr):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.connect(addr)

    def send_header(self, header):
        b = json.dumps(header).encode('utf-8')
        self.sock.sendall(struct.pack('!I', len(b)))
        self.sock.sendall(b)

    def recv_header(self):
        n = struct.unpack('!I', self.sock.recv(4))[0]
        return json.loads(self.sock.recv(n))

    def run(self, line):
        cmd, *args = line.split()
        func = getattr(self, 'do_' + cmd, None)
        if func is None:
            self.send_header({'cmd': cmd})
            print(self.recv_header())
        else:
            func(*args)

    def do_ls(self):
        self.send_header({'cmd': 'ls'})
        print(self.recv_header()['files'])

    def do_get(self, filename):
        self.send_header({'cmd': 'get', 'filename': filename})
        head = self.recv_header()
        if head['status'] != 200:
            print('下载失败:', head['msg'])
            return
        total, recv_size, m = head['filesize'], 0, hashlib.md5()
        with open('dl_' + filename, 'wb') as f:
            while recv_size < total:
                chunk = self.sock.recv(min(100, total - recv_size))
                f.write(chunk)
                m.update(chunk)
                recv_size += len(chunk)
        print('下载完成 %d/%d' % (recv_size, total), m.hexdigest() == head['md5'])

    def do_put(self, filename):
        with open(filename, 'w', encoding='utf-8') as f:
            f.write('上传的内容\n' * 200)
        size = os.path.getsize(filename)
        with open(filename, 'rb') as f:
            md5 = hashlib.md5(f.read()).hexdigest()
        self.send_header({'cmd': 'put', 'filename': filename, 'filesize': size, 'md5': md5})
        with open(filename, 'rb') as f:
            sent = 0
            while True:
                data = f.read(512)
                if not data:
                    break
                self.sock.sendall(data)
                sent += len(data)
                print('\r上传进度: %s%%' % int(sent / size * 100), end='', flush=True)
        print()
        print(self.recv_header())


c = FtpClient((sys.argv[1], int(sys.argv[2])))
for line in ['ls', 'get readme.md', 'get nothing.txt', 'put up.txt', 'ls', 'rm x']:
    print('>>', line)
    c.run(line)
c.sock.close()
