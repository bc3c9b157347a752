import os, socket, sys, threading

server_address = './uds_socket'
try:
    os.unlink(server_address)
except OSError:
    if os.path.exists(server_address):
        raise
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print('starting up on {}'.format(server_address))
sock.bind(server_address)
sock.listen(1)
print(sock.getsockname(), sock.family, sock.type)

peers = []
def serve():
    connection, client_address = sock.accept()
    peers.append(client_address)
    with connection:
        while data := connection.recv(16):
            connection.sendall(data)

t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    c.connect("./nope_socket")
except OSError as e:
    print(repr(e))
c.connect(server_address)
print(c.getpeername())
c.sendall(b"over unix")
print(c.recv(100))
c.close()
t.join()
print("client address", repr(peers[0]))
sock.close()
print(os.path.exists(server_address))
os.unlink(server_address)
a, b = socket.socketpair()
print(a.family, b.type)
a.sendall(b"pair")
print(b.recv(4))
a.close(); b.close()
