# An AF_UNIX server and client in the script's folder: the socket file appears, then is unlinked.
import os
import socket
import threading

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'echo.sock')
if os.path.exists(path):
    os.unlink(path)

server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind('echo.sock')
server.listen(1)
print('exists', os.path.exists(path), 'echo.sock' in os.listdir('.'), server.getsockname())


def serve():
    conn, addr = server.accept()
    with conn:
        print('server: peer', repr(addr))
        while data := conn.recv(100):
            conn.sendall(data[::-1])


t = threading.Thread(target=serve)
t.start()
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
    client.connect(path)
    for word in (b'stressed', b'drawer', b'live'):
        client.sendall(word)
        print(client.recv(100))
t.join()
server.close()
try:
    client.connect(path)
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(path)
print('exists', os.path.exists(path))
lost = socket.socket(socket.AF_UNIX)
try:
    lost.connect(path)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
lost.close()
