# about: connected UDP to a closed port, then recv gives ConnectionRefusedError
import socket
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.connect(('127.0.0.1', {UPORT}))
u.send(b'x')
u.settimeout(1)
u.recv(10)
u.close()
