# A chat room: a thread per client, a shared list of clients under a lock, broadcast to the others.
import socket
import sys
import threading

clients = {}
lock = threading.Lock()
everyone_left = threading.Event()
joined = 0


def broadcast(message, sender=None):
    with lock:
        targets = [c for c in clients if c is not sender]
    for conn in targets:
        conn.sendall(message)


def handle(conn):
    global joined
    f = conn.makefile('r', encoding='utf-8')
    nick = f.readline().strip()
    with lock:
        clients[conn] = nick
        joined += 1
    conn.sendall(f'welcome {nick}\n'.encode())
    broadcast(f'* {nick} joined\n'.encode(), conn)
    for line in f:
        line = line.rstrip('\n')
        if line == '/quit':
            break
        if line == '/who':
            with lock:
                conn.sendall(('who: ' + ', '.join(sorted(clients.values())) + '\n').encode())
            continue
        broadcast(f'<{nick}> {line}\n'.encode(), conn)
    with lock:
        del clients[conn]
        left = not clients and joined == 2
    broadcast(f'* {nick} left\n'.encode())
    conn.sendall(b'bye\n')
    f.close()
    conn.close()
    if left:
        everyone_left.set()


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen()
print('listening', flush=True)
workers = []
for _ in range(2):
    conn, addr = srv.accept()
    t = threading.Thread(target=handle, args=(conn,), daemon=True)
    t.start()
    workers.append(t)
print('all left:', everyone_left.wait(timeout=20))
for t in workers:
    t.join()
srv.close()
print(len(clients), threading.active_count())
