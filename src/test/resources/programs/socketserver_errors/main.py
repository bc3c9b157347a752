# What a learner sees when a socketserver handler fails, in a plain and a threading server, and
# when a second server takes a port that is in use: tracebacks through socketserver.py.
import socket
import socketserver
import sys
import threading
import traceback


class Broken(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b'about to fail\n')
        number = int(line)  # b'not a number\n' makes this raise
        self.wfile.write(b'%d\n' % number)


class QuietAddress:
    """handle_error without the client's port, which differs on every run."""

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address[0], file=sys.stderr)
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)


class Plain(QuietAddress, socketserver.TCPServer):
    pass


class Threaded(QuietAddress, socketserver.ThreadingTCPServer):
    daemon_threads = True


def ask(address):
    with socket.create_connection(address) as s:
        s.sendall(b'not a number\n')
        f = s.makefile('rb')
        print('client read', f.readline(), f.readline())
        f.close()


with Plain(('127.0.0.1', 0), Broken) as plain:
    t = threading.Thread(target=ask, args=(plain.server_address,))
    t.start()
    plain.handle_request()
    t.join()
    try:
        Plain(plain.server_address, Broken)
    except OSError:
        traceback.print_exc(file=sys.stdout)

with Threaded(('127.0.0.1', 0), Broken) as threaded:
    runner = threading.Thread(target=threaded.serve_forever, daemon=True)
    runner.start()
    ask(threaded.server_address)
    threaded.shutdown()
print('done', Plain.__mro__[1].__name__)
