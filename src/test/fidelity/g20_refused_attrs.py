# about: exception attributes of refused connections
import socket
s = socket.socket()
try:
    s.connect(('127.0.0.1', {PORT}))
except ConnectionRefusedError as e:
    print(e.errno, e.strerror, e.args, repr(e), str(e))
    print(isinstance(e, OSError), isinstance(e, socket.error), isinstance(e, ConnectionError))

s.close()
s = socket.socket()
s.connect_ex(('127.0.0.1', {PORT}))
s.connect(('127.0.0.1', {PORT}))
s.close()
