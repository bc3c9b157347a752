# about: fd numbers are the lowest free ones, and a dropped socket gives its number and port back
import socket
s = socket.socket()
s.bind(('127.0.0.1', {PORT}))
s.fileno()
s = socket.socket()
s.bind(('127.0.0.1', {PORT}))
s.fileno()
socket.socket().fileno()
t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t.fileno()
s.close()
socket.socket(socket.AF_INET6).fileno()
t
