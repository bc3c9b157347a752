# about: a sequential echo server loop serving several clients, and a connection reset
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
srv.bind(('127.0.0.1', {PORT}))
srv.listen(5)
clients = []
for i in range(3):
    c = socket.socket()
    c.connect(('127.0.0.1', {PORT}))
    c.sendall(('msg %d' % i).encode())
    clients.append(c)

for i in range(3):
    conn, addr = srv.accept()
    data = conn.recv(1024)
    print(i, data, addr[0], conn.getsockname())
    conn.sendall(data.upper())
    conn.close()

for c in clients:
    print(c.recv(1024), c.recv(1024))
    c.close()

peer = socket.create_connection(('127.0.0.1', {PORT}))
conn, addr = srv.accept()
conn.sendall(b'never read')
peer.close()
conn.recv(10)
conn.recv(10)
conn.send(b'x')
conn.close()
total = 0
big = socket.create_connection(('127.0.0.1', {PORT}))
conn, addr = srv.accept()
big.sendall(b'x' * 100000)
big.close()
while True:
    chunk = conn.recv(4096)
    if not chunk:
        break
    total += len(chunk)

total
conn.close()
srv.close()
