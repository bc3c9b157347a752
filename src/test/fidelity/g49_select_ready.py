# about: select sees pending accept, data and EOF
import select, socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
select.select([srv], [], [], 0)
c = socket.socket()
c.connect(('127.0.0.1', {PORT}))
r, _, _ = select.select([srv], [], [], 2)
r == [srv]
k, _ = srv.accept()
select.select([k], [], [], 0)
c.send(b'abc')
select.select([k], [], [], 2)[0] == [k]
k.recv(10)
c.close()
select.select([k], [], [], 2)[0] == [k]
k.recv(10)
k.close(); srv.close()
