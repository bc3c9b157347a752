# socketserver.ThreadingTCPServer 聊天: self.request, 计数到 3 个客户端后 shutdown
import socketserver, sys, threading

lock = threading.Lock()
finished = []
done = threading.Event()


class MyServer(socketserver.BaseRequestHandler):
    def setup(self):
        self.name = None

    def handle(self):
        conn = self.request
        conn.sendall('欢迎来到聊天室, 请输入昵称'.encode('utf-8'))
        while True:
            try:
                data = conn.recv(1024)
                if not data:
                    break
                text = data.decode('utf-8')
                if self.name is None:
                    self.name = text
                    conn.sendall(('你好, %s' % text).encode('utf-8'))
                    continue
                if text == 'bye':
                    conn.sendall(b'bye')
                    break
                conn.sendall(('[%s] 说: %s' % (self.name, text.upper())).encode('utf-8'))
            except ConnectionResetError as e:
                print('连接被重置', e)
                break

    def finish(self):
        with lock:
            finished.append(self.name)
            if len(finished) == 3:
                done.set()


if __name__ == '__main__':
    server = socketserver.ThreadingTCPServer((sys.argv[1], int(sys.argv[2])), MyServer)
    server.daemon_threads = True
    print('listening', flush=True)
    t = threading.Thread(target=server.serve_forever)
    t.start()
    done.wait()
    server.shutdown()
    server.server_close()
    t.join()
    print(sorted(finished))
    print(server.allow_reuse_address, server.request_queue_size, server.socket_type, server.address_family)
    print(isinstance(server, socketserver.ThreadingMixIn), socketserver.ThreadingTCPServer.__mro__[1].__name__)
