# about: makefile modes and reprs
# peer: echo_server {PORT}
import socket
s = socket.create_connection(('127.0.0.1', {PORT}))
w = s.makefile('wb')
w
w.write(b'line one\nline two\n')
w.flush()
r = s.makefile('rb')
r
r.readline()
r.read(4)
t = s.makefile('r', encoding='utf-8')
t
tw = s.makefile('w')
tw.write('text\n')
tw.flush()
t.readline()
s.makefile('x')
b = s.makefile('rwb', buffering=0)
s.close()
s
w.close(); r.close(); t.close(); tw.close(); b.close()
