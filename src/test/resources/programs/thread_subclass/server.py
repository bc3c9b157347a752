# 继承 threading.Thread 的服务器类
import socket, sys, threading


class ClientThread(threading.Thread):
    count = 0

    def __init__(self, conn, addr):
        threading.Thread.__init__(self)
        self.conn = conn
        self.addr = addr
        ClientThread.count += 1
        self.setName('客户端-%d' % ClientThread.count)

    def run(self):
        print('[%s] 开始' % self.name)
        while True:
            data = self.conn.recv(1024)
            if not data or data.decode() in ('quit', 'exit'):
                break
            self.conn.sendall(data.decode()[::-1].encode())
        self.conn.close()
        print('[%s] 结束' % self.getName())


class BadThread(threading.Thread):
    def __init__(self):
        self.x = 1

    def run(self):
        pass


class Server(object):
    def __init__(self, host, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(5)

    def __repr__(self):
        return '<Server %s>' % (self.sock.getsockname()[0],)

    def start(self, n):
        print('listening', flush=True)
        for i in range(n):
            conn, addr = self.sock.accept()
            t = ClientThread(conn, addr)
            t.start()
            t.join()
        self.sock.close()


srv = Server(sys.argv[1], int(sys.argv[2]))
print(srv)
srv.start(2)
print(ClientThread.count, issubclass(ClientThread, threading.Thread), ClientThread.__bases__)
try:
    BadThread().start()
except RuntimeError as e:
    print('RuntimeError:', e)
t = ClientThread(None, None)
print(t.name, t.is_alive(), t.ident, repr(t).split(' ')[0])
t.run = lambda: print('patched run')
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)
BadThread().start()
