# about: methods on a fresh, unconnected TCP socket
import socket
s = socket.socket()
s.getsockname()
s.getpeername()
s.recv(1)
s.send(b'x')
s.sendall(b'x')
s.shutdown(socket.SHUT_RD)
s.accept()
s.gettimeout(), s.getblocking()
s.family, s.type, s.proto
s.close()
