# about: an AF_UNIX socket bound to a relative path reports that path as given, not the sandbox's absolute one
import socket, os
s = socket.socket(socket.AF_UNIX)
s.bind('g.sock')
s.listen()
s.getsockname()
c = socket.socket(socket.AF_UNIX)
c.connect('g.sock')
c.getpeername()
a, addr = s.accept()
a.getsockname(), addr
s
c.close(); a.close(); s.close(); os.unlink('g.sock')
