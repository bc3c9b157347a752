# Chat client: a daemon thread receives while the main thread reads input() (EOF means goodbye).
import socket, threading, sys, queue
s = socket.socket()
s.connect((sys.argv[1], int(sys.argv[2])))
got = queue.Queue()


def recv_msg(sock):
    while True:
        try:
            data = sock.recv(1024)
        except OSError as e:
            got.put('err %s' % e)
            break
        if not data:
            got.put(None)
            break
        for line in data.decode().splitlines():
            got.put(line)


t = threading.Thread(target=recv_msg, args=(s,))
t.daemon = True
t.start()
print(got.get())
while True:
    try:
        msg = input('>>> ')
    except EOFError:
        msg = '再见'
    s.sendall((msg + '\n').encode())
    reply = got.get(timeout=5)
    print(reply)
    if msg == '再见':
        break
print(got.get(timeout=5))
t.join(5)
print(t.is_alive())
s.close()
