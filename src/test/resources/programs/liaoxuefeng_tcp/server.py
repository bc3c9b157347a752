# 廖雪峰's TCP server: one thread per connection, a welcome line, "Hello, NAME!" replies.
import socket
import sys
import threading
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
# 监听端口:
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(5)
print('Waiting for connection...', flush=True)
lock = threading.Lock()
log = []


def tcplink(sock, addr):
    with lock:
        log.append('Accept new connection from %s:...' % addr[0])
    sock.send(b'Welcome!')
    while True:
        data = sock.recv(1024)
        time.sleep(0.01)
        if not data or data.decode('utf-8') == 'exit':
            break
        sock.send(('Hello, %s!' % data.decode('utf-8')).encode('utf-8'))
    sock.close()
    with lock:
        log.append('Connection from %s:... closed.' % addr[0])


threads = []
for _ in range(2):
    # 接受一个新连接:
    sock, addr = s.accept()
    # 创建新线程来处理TCP连接:
    t = threading.Thread(target=tcplink, args=(sock, addr))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print('\n'.join(log))
print(threading.active_count(), threading.current_thread().name)
s.close()
