# epoll reports sockets in the order they became ready, not the order they were registered
import select
import selectors
import socket

sel = selectors.DefaultSelector()
ls = socket.socket()
ls.bind(("127.0.0.1", 0))
ls.listen()
port = ls.getsockname()[1]
clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
served = [ls.accept()[0] for _ in range(4)]
for i, s in enumerate(served):
    sel.register(s, selectors.EVENT_READ, i)
for i in (2, 0, 3, 1):
    clients[i].send(b"x")
print([k.data for k, m in sel.select()])
for s in served:
    s.recv(1)
for i in (3, 1):
    clients[i].send(b"y")
print([k.data for k, m in sel.select()])
clients[0].send(b"z")
print([k.data for k, m in sel.select()])
sel.modify(served[2], selectors.EVENT_READ | selectors.EVENT_WRITE, 2)
print([(k.data, m) for k, m in sel.select()])

# a listener that became ready after a connection's EOF comes after it
sel.register(ls, selectors.EVENT_READ, "listener")
clients[0].close()
late = socket.create_connection(("127.0.0.1", port))
print([k.data for k, m in sel.select()])

# a registered listening socket closed without unregistering frees its port at once
other = socket.socket()
other.bind(("127.0.0.1", 0))
other.listen()
other_port = other.getsockname()[1]
sel.register(other, selectors.EVENT_READ, "other")
other.close()
again = socket.socket()
again.bind(("127.0.0.1", other_port))
print("rebound")

# a registered socket closed with unread data resets the connection, as Linux does
served[1].close()
try:
    clients[1].recv(10)
except ConnectionResetError as e:
    print(repr(e))
ep = select.epoll()
ep.register(clients[2].fileno(), select.EPOLLIN)
clients[2].close()
print(ep.poll(0))
ep.close()
sel.close()
