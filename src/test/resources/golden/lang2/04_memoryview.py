buf = bytearray(b'hello world')
m = memoryview(buf)
len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist()[:3], m.nbytes, m.readonly
m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj is buf, type(m)
m[0:2] = b'HE'
m[2] = 76
buf
bytes(m[6:]), bytearray(m[:2]), m == b'HELlo world', m[:5] == b'HELlo', m[::2].tobytes(), m.hex(), list(m[:3])
b'ab' + memoryview(b'c'), b'abc'.startswith(memoryview(b'ab')), 97 in memoryview(b'a'), memoryview(b'ab')[::-1].tobytes()
m + b''
m[0:2] = b'abc'
m[0] = 300
m[0] = b'a'
memoryview('text')
memoryview(b'ab')[0] = 1
hash(m)
m[100]
m['a']
del m[0]
r = memoryview(b'abc')
hash(r) == hash(b'abc'), r.readonly, r.tobytes(), b'-'.join([r, r]), r.toreadonly().readonly
with memoryview(b'xy') as v:
    print(v.tobytes())

len(v)
v.tobytes()
bytes(v)
memoryview(memoryview(b'q')).tobytes(), memoryview(b'ab').tolist(), memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == 'ab'
data = bytearray(6)
view = memoryview(data)
view[2:4] = b'zz'
view[4:][0:2] = b'qq'
data, view[2:][1:3].tobytes()
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
conn.sendall(b'hello world!')
got = bytearray(12)
into = memoryview(got)
n = 0
while n < 12:
    n += c.recv_into(into[n:], 12 - n)

n, got, bytes(into[:5])
c.recv_into(memoryview(b'abc'))
c.recv_into(b'abc')
conn.close(); c.close(); srv.close()
