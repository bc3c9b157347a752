# about: socket.makefile() objects belong to the same _io classes as open()'s files
import io, socket
srv = socket.socket()
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
c = socket.create_connection(('127.0.0.1', {PORT}))
k, _ = srv.accept()
r = k.makefile('r')
w = c.makefile('w')
t = socket.socket()
type(r), type(w), type(t.makefile('rb')), type(t.makefile('wb'))
isinstance(r, io.TextIOWrapper), isinstance(t.makefile('rb'), io.BufferedReader)
r.mode, w.mode, r.name == k.fileno(), r.encoding, r.errors, r.closed
r.readable(), r.writable(), r.seekable(), w.writable()
w.write('first line\nsecond line\n')
w.flush()
r.readline()
r.readline(4)
r.seek(0)
r.tell()
r.truncate()
w.read()
try:
    r.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)

w.close(); c.close()
r.read()
r.close()
r.closed
r.readline()
k.close(); srv.close(); t.close()
