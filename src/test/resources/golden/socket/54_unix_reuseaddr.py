# about: SO_REUSEADDR is accepted on an AF_UNIX socket, read back, and does not let bind reuse an existing file
import socket, os
s = socket.socket(socket.AF_UNIX)
s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
s.bind('r.sock')
t = socket.socket(socket.AF_UNIX)
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind('r.sock')
s.close(); t.close(); os.unlink('r.sock')
