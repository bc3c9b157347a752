# about: SHUT_RD keeps what has arrived and what arrives later; recv stops waiting
import socket, select
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
c = socket.create_connection(('127.0.0.1', {PORT}))
k, _ = srv.accept()
k.sendall(b'pending')
select.select([c], [], [], 10)[0] == [c]
c.shutdown(socket.SHUT_RD)
c.recv(3), c.recv(100), c.recv(100)
select.select([c], [], [], 0)[0] == [c]
k.sendall(b'later')
got = b''
while not got:
    got = c.recv(100)

got
c.setblocking(False)
c.recv(10)
c.sendall(b'still writes')
k.recv(100)
c.shutdown(socket.SHUT_RD)
c.close(); k.close(); srv.close()
