# 多人聊天室: threading.Thread(daemon=True), 客户端列表, 广播
import socket, threading, sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(5)
clients = []
nicknames = []
lock = threading.Lock()
left = threading.Semaphore(0)
print('listening', flush=True)


def broadcast(message, exclude=None):
    with lock:
        for client in clients:
            if client is not exclude:
                client.send(message)


def handle(client):
    while True:
        try:
            message = client.recv(1024)
            if not message:
                raise ConnectionError('closed')
            broadcast(message, client)
        except (ConnectionError, OSError):
            with lock:
                index = clients.index(client)
                clients.remove(client)
                nickname = nicknames.pop(index)
            client.close()
            print(f'{nickname} left')
            broadcast('{} 离开了聊天室!'.format(nickname).encode('utf-8'))
            left.release()
            break


for i in range(3):
    client, address = server.accept()
    client.send('NICK'.encode('utf-8'))
    nickname = client.recv(1024).decode('utf-8')
    with lock:
        nicknames.append(nickname)
        clients.append(client)
    print("Nickname is {}".format(nickname))
    broadcast("{} 加入了!".format(nickname).encode('utf-8'), client)
    client.send('已连接到服务器!'.encode('utf-8'))
    thread = threading.Thread(target=handle, args=(client,), daemon=True)
    thread.start()
    print(thread.daemon, thread.name.startswith('Thread-'), threading.active_count())
for i in range(3):
    left.acquire()
print(clients, nicknames)
server.close()
