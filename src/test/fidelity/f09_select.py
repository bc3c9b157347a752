# about: select.select over a listening socket and a connection
import socket, select
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
select.select([srv], [], [], 0)
cli = socket.socket()
cli.connect(('127.0.0.1', {PORT}))
r, w, x = select.select([srv], [], [], 5)
r == [srv]
conn, addr = srv.accept()
select.select([conn], [cli], [], 0)[1] == [cli]
cli.send(b'ping')
select.select([conn], [], [], 5)[0] == [conn]
conn.recv(10)
select.select([], [], [], 0.1)
select.select([conn], [], [], -1)
select.select([1.5], [], [])
conn.close(); cli.close(); srv.close()
select.select([srv], [], [], 0)
