# A chat server on one selector: nicknames, broadcast to the others, nonblocking sockets with output buffers.
import selectors
import socket
import sys

sel = selectors.DefaultSelector()
users = {}
seen = 0


class User:
    def __init__(self, sock):
        self.sock = sock
        self.nick = None
        self.inbuf = b''
        self.outbuf = b''

    def queue(self, text):
        self.outbuf += text.encode()
        sel.modify(self.sock, selectors.EVENT_READ | selectors.EVENT_WRITE, self)


def broadcast(text, sender):
    for user in users.values():
        if user is not sender and user.nick:
            user.queue(text)


def on_read(user):
    global seen
    data = user.sock.recv(1024)
    if not data:
        print('gone:', user.nick)
        sel.unregister(user.sock)
        user.sock.close()
        del users[user.sock]
        broadcast(f'-- {user.nick} left\n', user)
        return
    user.inbuf += data
    while b'\n' in user.inbuf:
        line, user.inbuf = user.inbuf.split(b'\n', 1)
        text = line.decode()
        if user.nick is None:
            user.nick = text
            seen += 1
            user.queue(f'hi {text}, {len(users) - 1} other(s) here\n')
            broadcast(f'-- {text} joined\n', user)
        else:
            broadcast(f'{user.nick}: {text}\n', user)


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((sys.argv[1], int(sys.argv[2])))
listener.listen()
listener.setblocking(False)
sel.register(listener, selectors.EVENT_READ)
print('listening', flush=True)
with sel:
    while seen < 2 or users:
        for key, mask in sel.select(timeout=5):
            if key.fileobj is listener:
                conn, _ = listener.accept()
                conn.setblocking(False)
                users[conn] = User(conn)
                sel.register(conn, selectors.EVENT_READ, users[conn])
                continue
            user = key.data
            if mask & selectors.EVENT_READ:
                on_read(user)
            if mask & selectors.EVENT_WRITE and user.sock.fileno() != -1:
                sent = user.sock.send(user.outbuf)
                user.outbuf = user.outbuf[sent:]
                if not user.outbuf:
                    sel.modify(user.sock, selectors.EVENT_READ, user)
    print('everyone left;', len(sel.get_map()), 'key left')
listener.close()
