import selectors, socket
sel = selectors.DefaultSelector()
bool(sel.get_map()), len(sel.get_map())
a, b = socket.socketpair()
key = sel.register(a, selectors.EVENT_READ)
bool(sel.get_map()), len(sel.get_map())
if not sel.get_map():
    print("empty")
else:
    print("watching", len(sel.get_map()))

sel.unregister(a)
not sel.get_map()
a._closed
with a:
    pass

a._closed, b._closed
b.close(); sel.close()
