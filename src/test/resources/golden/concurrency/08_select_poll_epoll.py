import select, socket
a, b = socket.socketpair()
select.select([], [], [], 0)
select.select([a], [], [], -1)
select.select([1.5], [], [])
select.select(["x"], [], [], 0)
select.select([], [], [], "x")
r, w, x = select.select([a, a], [a], [], 0); len(r), len(w), x
b.send(b"hi")
r, w, x = select.select([a], [], [], 0); r[0] is a
p = select.poll()
p.register(a)
[ev for fd, ev in p.poll(0)]
p.modify(a, select.POLLOUT)
[ev for fd, ev in p.poll(0)]
p.unregister(a)
p.unregister(a)
p.modify(a, select.POLLIN)
p.register("x")
select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI
e = select.epoll()
e.register(a, select.EPOLLIN)
e.register(a, select.EPOLLIN)
[ev for fd, ev in e.poll(0)]
e.unregister(a)
e.poll(0)
e.closed
e.close()
e.closed
e.poll(0)
e.fileno()
select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT
select.error is OSError
a.close()
select.select([a], [], [], 0)
b.close()
