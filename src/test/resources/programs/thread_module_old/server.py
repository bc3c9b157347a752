# 老教程: _thread.start_new_thread + socket.error + str(data, encoding)
import socket, sys, _thread, threading, time
HOST, PORT = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('Socket created')
try:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, PORT))
except socket.error as msg:
    print('Bind failed. Error Code : ' + str(msg.errno) + ' Message ' + msg.strerror)
    sys.exit()
print('Socket bind complete')
s.listen(10)
print('listening', flush=True)
done = threading.Semaphore(0)
lock = _thread.allocate_lock()
results = []
def clientthread(conn, n):
    conn.send(bytes('Welcome to the server. Type something and hit enter\n', encoding='utf-8'))
    while True:
        data = conn.recv(1024)
        reply = 'OK...' + str(data, encoding='utf-8')
        if not data:
            break
        conn.sendall(str.encode(reply))
    conn.close()
    with lock:
        results.append(n)
    done.release()
for n in range(3):
    conn, addr = s.accept()
    _thread.start_new_thread(clientthread, (conn, n))
for n in range(3):
    done.acquire()
print(sorted(results), type(lock).__name__, _thread.get_ident() == threading.get_ident())
s.close()
