# An echo server on selectors.DefaultSelector, with a callback stored in each key's data.
import selectors
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
sel = selectors.DefaultSelector()
closed = 0


def accept(listener):
    conn, _ = listener.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, echo)
    print("accepted; watching", len(sel.get_map()) - 1, "clients")


def echo(conn):
    global closed
    data = conn.recv(1024)
    if data:
        print("echo", data)
        conn.sendall(data.upper())
    else:
        sel.unregister(conn)
        conn.close()
        closed += 1
        print("closed", closed)


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen()
listener.setblocking(False)
key = sel.register(listener, selectors.EVENT_READ, accept)
print("listening", flush=True)
print(key.events == selectors.EVENT_READ, key.fileobj is listener)
while closed < 2:
    for key, mask in sel.select(timeout=10):
        key.data(key.fileobj)
sel.unregister(listener)
listener.close()
sel.close()
print("done")
