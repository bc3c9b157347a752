# 线程里出错: Exception in thread 的回溯, setDaemon 的弃用警告, BrokenPipe/ConnectionReset
import socket, sys, threading, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(5)
print('listening', flush=True)


def handle(conn, addr):
    with conn:
        data = conn.recv(1024)
        num = int(data.decode())
        conn.send(str(100 // num).encode())


threads = []
for i in range(3):
    conn, addr = s.accept()
    t = threading.Thread(target=handle, args=(conn, addr))
    t.setDaemon(False)
    t.start()
    t.join()
    threads.append(t)
print([t.is_alive() for t in threads], threading.active_count())
conn, addr = s.accept()
conn.recv(10)
try:
    for i in range(100):
        conn.send(b'x' * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print('对方已断开:', type(e).__name__, e.errno)
conn.close()
th = threading.Thread(target=lambda: 1 / 0, name='worker')
th.start()
th.join()
print(th.name, th.daemon, th.isDaemon(), threading.current_thread().getName())
t2 = threading.Thread(target=handle, args=(None,))
t2.start()
t2.join()
