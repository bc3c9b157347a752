# about: io.BytesIO and io.StringIO, io.open and UnsupportedOperation
import io
io.open is open, io.DEFAULT_BUFFER_SIZE
io.UnsupportedOperation
b = io.BytesIO(b'abc\ndef')
b.read(2), b.tell(), b.readline(), b.readlines()
b.seek(0, 2), b.write(b'XY'), b.getvalue()
b.seek(10), b.write(b'!'), b.getvalue()
s = io.StringIO('héllo\nx')
s.read(3), s.tell(), s.readline(), list(s)
s.write('Z'), s.getvalue()
t = io.StringIO()
print('hi', file=t)
t.getvalue()
io.StringIO(b'x')
io.BytesIO('x')
io.StringIO().write(b'x')
s.close()
s.closed
s.getvalue()
try:
    open('{TMP}/r.txt', 'w').read()
except io.UnsupportedOperation as e:
    print('unsupported:', e)

