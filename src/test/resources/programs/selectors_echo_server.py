# The echo server of the selectors documentation, on a free port, ending after CLIENTS clients.
import selectors
import socket

CLIENTS = 5
sel = selectors.DefaultSelector()
closed = 0


def accept(sock, mask):
    conn, addr = sock.accept()  # Should be ready
    print('accepted', conn, 'from', addr)
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn, mask):
    global closed
    data = conn.recv(1000)  # Should be ready
    if data:
        conn.send(data)  # Hope it won't block
    else:
        print('closing', conn)
        sel.unregister(conn)
        conn.close()
        closed += 1


sock = socket.socket()
sock.bind(('127.0.0.1', 0))
sock.listen(100)
sock.setblocking(False)
sel.register(sock, selectors.EVENT_READ, accept)
print('port', sock.getsockname()[1])

while closed < CLIENTS:
    events = sel.select()
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
sel.close()
sock.close()
print('done')
