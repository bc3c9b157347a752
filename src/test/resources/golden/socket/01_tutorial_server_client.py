# about: the tutorial's server and client in one session, with the reprs it prints
import socket
sk = socket.socket()
address = ('127.0.0.1', {PORT})
sk.bind(address)
sk.listen(5)
print(sk)
client = socket.socket()
client.connect(address)
conn, addr = sk.accept()
print(conn)
print(addr)
print(client)
inp = '你好'
client.send(bytes(inp, 'utf8'))
data = conn.recv(1024)
print(str(data, 'utf8'))
data
type(data)
len(data)
conn.send(b'bye')
client.recv(1024)
client.getpeername()
client.getsockname()[0]
conn.getsockname()
conn.getpeername() == client.getsockname()
sk.getsockname()
sk.fileno(), client.fileno(), conn.fileno()
client.sendall('再见'.encode('utf-8'))
conn.recv(1024).decode('utf-8')
conn.close()
client.recv(1024)
client.recv(1024)
conn
client.close()
sk.close()
sk
