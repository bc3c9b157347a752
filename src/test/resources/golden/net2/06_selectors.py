import selectors, socket
selectors.EVENT_READ, selectors.EVENT_WRITE
sel = selectors.DefaultSelector()
sel.fileno() > 2
a, b = socket.socketpair()
key = sel.register(a, selectors.EVENT_READ)
key
key.fileobj is a, key.fd, key.events, key.data
sel.register(a, selectors.EVENT_READ)
sel.register(b, 0)
sel.register(b, 4)
sel.register('x', 1)
sel.register(-1, 1)
sel.select(0)
b.send(b'hi')
sel.select(0)
sel.select()
[(k.fd, ev) for k, ev in sel.select(1)]
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data='b data')
sorted((k.fd, ev, k.data) for k, ev in sel.select(0))
sel.modify(b, selectors.EVENT_WRITE, 'new')
sel.get_key(b)
c = socket.socket()
sel.get_key(c)
sel.modify(c, 1)
sel.unregister(b)
sel.unregister(b)
m = sel.get_map()
len(m), list(m), m[a] is key, a in m, b in m
m[b]
sel.close()
sel.get_map()
sel.get_key(a)
sel.register(b, 1)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as s:
        k = s.register(a, selectors.EVENT_READ, 7)
        print(cls.__name__, [(x.fd, e, x.data) for x, e in s.select(0)], s.get_key(a) == k)
        print(s.modify(a, selectors.EVENT_WRITE).events, [(x.fd, e) for x, e in s.select(0)])
        print(s.unregister(a) == k._replace(events=2), len(s.get_map()))

print(s.get_map())
selectors.SelectorKey(1, 2, 3, 4)
selectors.SelectorKey(1, 2, 3, 4)._replace(data=5)
selectors.SelectorKey(1, 2, 3, 4) == (1, 2, 3, 4)
fk, fd, ev, data = key
fk is a
selectors.SelectSelector().select(-1)
