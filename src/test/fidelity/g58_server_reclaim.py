# about: rebinding a port after an unreferenced listener is reclaimed
import socket
s = socket.socket()
s.bind(('127.0.0.1', {PORT}))
s.listen()
s = socket.socket()
s.bind(('127.0.0.1', {PORT}))
s.listen()
s.getsockname()[1] == {PORT}
s.close()
