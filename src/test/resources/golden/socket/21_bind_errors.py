# about: address in use, bind twice, non-local address
import socket
a = socket.socket()
a.bind(('127.0.0.1', {PORT}))
a.listen()
b = socket.socket()
try:
    b.bind(('127.0.0.1', {PORT}))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.args)
    print(repr(e))

b.bind(('8.8.8.8', 0))
b.bind(('no.such.host.invalid', 0))
b.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
a.close(); b.close()
