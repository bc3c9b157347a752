# A non-blocking client driven by a selector: connect, write every message, read all of it back.
import selectors
import socket
import sys

port = int(sys.argv[1])
messages = [b'first message', b'x' * 5000, 'ünïcode'.encode()]
outgoing = b''.join(messages)
sel = selectors.DefaultSelector()
sock = socket.socket()
sock.setblocking(False)
print('connect_ex', sock.connect_ex(('127.0.0.1', port)) in (0, 115))
sel.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, data=bytearray())
received = b''
while len(received) < len(b''.join(messages)):
    for key, mask in sel.select(timeout=10):
        if mask & selectors.EVENT_WRITE:
            sent = key.fileobj.send(outgoing)
            outgoing = outgoing[sent:]
            if not outgoing:
                sel.modify(key.fileobj, selectors.EVENT_READ, key.data)
        if mask & selectors.EVENT_READ:
            chunk = key.fileobj.recv(4096)
            received += chunk
print('echoed', received == b''.join(messages), len(received))
sel.unregister(sock)
sock.close()
