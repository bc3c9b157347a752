# StreamRequestHandler: self.rfile.readline / self.wfile.write, 命令: time/upper/calc/quit
import socketserver, sys, time


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write('你好 {}\n'.format(self.client_address[0]).encode())
        while True:
            line = self.rfile.readline()
            if not line:
                break
            cmd, _, arg = line.decode('utf-8').strip().partition(' ')
            if cmd == 'quit':
                self.wfile.write(b'bye\n')
                break
            elif cmd == 'upper':
                out = arg.upper()
            elif cmd == 'calc':
                try:
                    out = str(eval(arg, {'__builtins__': {}}))
                except Exception as e:
                    out = '%s: %s' % (e.__class__.__name__, e)
            elif cmd == 'time':
                out = time.strftime('%Y-%m-%d', time.gmtime(86400 * 365))
            else:
                out = '未知命令: %r' % cmd
            self.wfile.write((out + '\n').encode('utf-8'))


with socketserver.TCPServer((sys.argv[1], int(sys.argv[2])), Handler) as server:
    print('listening', flush=True)
    server.handle_request()
    server.handle_request()
print('done')
