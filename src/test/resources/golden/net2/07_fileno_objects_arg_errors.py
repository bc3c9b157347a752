import select, selectors, socket
a, b = socket.socketpair()
class F:
    def __init__(self, s):
        self.s = s
    def fileno(self):
        return self.s.fileno()

fa = F(a)
b.send(b'x')
select.select([fa, a.fileno()], [], [], 0)[0] == [fa, a.fileno()]
p = select.poll(); p.register(fa, select.POLLIN); p.poll(0)
e = select.epoll(); e.register(fa, select.EPOLLIN); e.poll(0)
e.close()
s = selectors.DefaultSelector()
k = s.register(fa, selectors.EVENT_READ)
k.fd, k.fileobj is fa
s.select(0)[0][0] is k
s.register(a.fileno(), 1)
s.unregister(fa) is k
s.register(a.fileno(), 1).fileobj
s.register()
s.register(a)
s.unregister()
s.modify(a)
s.select(1, 2)
s.get_key()
s.close(1)
s.get_map(1)
selectors.SelectSelector().modify()
selectors.SelectSelector().close(1)
selectors.SelectorKey(1, 2)
selectors.DefaultSelector(1)
s.close()
class Bad:
    def fileno(self):
        return 'nope'

select.select([Bad()], [], [], 0)
