import select, selectors, socket
a, b = socket.socketpair()
b.send(b'peeked')
a.recv(3, socket.MSG_PEEK)
select.select([a], [], [], 0)[0] == [a]
p = select.poll(); p.register(a, select.POLLIN); p.poll(0)
with selectors.SelectSelector() as s:
    k = s.register(a, selectors.EVENT_READ)
    print([(x.fd, e) for x, e in s.select(0)])

a.recv(100)
select.select([a], [], [], 0)
p.poll(0)
f = a.makefile('rb')
b.send(b'line one\nline two\n')
a.recv(4, socket.MSG_PEEK)
f.readline()
f.close()
a.close(); b.close()
