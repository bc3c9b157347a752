# 简易 FTP: socketserver + 反射(getattr/hasattr) 分发 put/get/ls 命令, json 报头
import socketserver, json, struct, os, sys, hashlib

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'home')
os.makedirs(BASE, exist_ok=True)
with open(os.path.join(BASE, 'readme.md'), 'w', encoding='utf-8') as f:
    f.write('# 说明\n' * 50)


class FtpHandler(socketserver.BaseRequestHandler):
    def send_header(self, **header):
        b = json.dumps(header).encode('utf-8')
        self.request.sendall(struct.pack('!I', len(b)) + b)

    def recv_header(self):
        head = self.request.recv(4)
        if not head:
            return None
        n, = struct.unpack('!I', head)
        return json.loads(self.request.recv(n).decode('utf-8'))

    def handle(self):
        print('conn from', self.client_address[0])
        while True:
            header = self.recv_header()
            if header is None:
                print('客户端断开')
                break
            cmd = header['cmd']
            if hasattr(self, cmd):
                func = getattr(self, cmd)
                func(header)
            else:
                self.send_header(status=404, msg='命令 %s 不存在' % cmd)

    def ls(self, header):
        self.send_header(status=200, files=sorted(os.listdir(BASE)))

    def get(self, header):
        path = os.path.join(BASE, header['filename'])
        if not os.path.isfile(path):
            self.send_header(status=404, msg='no such file')
            return
        size = os.path.getsize(path)
        with open(path, 'rb') as f:
            md5 = hashlib.md5(f.read()).hexdigest()
        self.send_header(status=200, filesize=size, md5=md5)
        with open(path, 'rb') as f:
            for line in f:
                self.request.send(line)

    def put(self, header):
        path = os.path.join(BASE, os.path.basename(header['filename']))
        total = header['filesize']
        got = 0
        m = hashlib.md5()
        with open(path, 'wb') as f:
            while got < total:
                data = self.request.recv(min(1024, total - got))
                f.write(data)
                m.update(data)
                got += len(data)
        ok = m.hexdigest() == header['md5']
        self.send_header(status=200 if ok else 500, size=os.path.getsize(path))
        print('put', header['filename'], got, ok)


server = socketserver.TCPServer((sys.argv[1], int(sys.argv[2])), FtpHandler)
print('listening', flush=True)
server.handle_request()
server.server_close()
print(sorted(os.listdir(BASE)))
