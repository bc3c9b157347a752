import selectors, socket
sel = selectors.DefaultSelector()
type(sel).__name__
a, b = socket.socketpair()
key = sel.register(a, selectors.EVENT_READ, data="hello")
key.fileobj is a, key.fd == a.fileno(), key.events, key.data
repr(key).startswith("SelectorKey(fileobj=<socket.socket fd=")
sel.register(a, selectors.EVENT_READ)
sel.register(12345, selectors.EVENT_READ)
sel.register("x", selectors.EVENT_READ)
sel.register(-1, selectors.EVENT_READ)
sel.register(b, 0)
sel.register(b, 8)
sel.get_key(b)
len(sel.get_map()), a in sel.get_map(), a.fileno() in sel.get_map()
sel.get_map()[b]
sel.select(0)
b.send(b"x")
[(k.data, ev) for k, ev in sel.select(0)]
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "new")
[(k.data, ev) for k, ev in sel.select(0)]
sel.unregister(a).data
sel.unregister(a)
sel.modify(b, selectors.EVENT_READ)
selectors.EVENT_READ, selectors.EVENT_WRITE
sel.close()
sel.register(a, selectors.EVENT_READ)
sel.get_map()
sel.select(0)
with selectors.SelectSelector() as s2:
    s2.register(a, selectors.EVENT_WRITE, 1)
    print([(k.data, ev) for k, ev in s2.select(timeout=0)])

s3 = selectors.PollSelector(); s3.register(b, selectors.EVENT_WRITE).events
[ev for k, ev in s3.select(0)]
s3.close()
selectors.SelectorKey(a, a.fileno(), 1, None).data
a.close(); b.close()
import selectors
selectors.SelectSelector.__mro__
selectors.PollSelector.__mro__
selectors.DefaultSelector.__mro__
selectors._BaseSelectorImpl.__mro__
issubclass(selectors.EpollSelector, selectors.BaseSelector)
selectors.SelectSelector(1)
selectors.EpollSelector(1)
