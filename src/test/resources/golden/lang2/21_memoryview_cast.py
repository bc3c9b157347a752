m = memoryview(bytearray(8)).cast('i')
m.format, m.itemsize, m.shape, m.strides, m.nbytes, len(m), m.tolist(), m == memoryview(bytes(8)).cast('i')
m[0] = -5; m[1] = 7
m.tolist(), m[0], m[-1], list(m), m[::-1].tolist(), m[::-1].strides, bytes(m[1:]), 7 in m, m.obj
m[0] = 2**40
m[0] = 1.5
m.cast('h')
memoryview(b'abc').cast('i')
memoryview(b'abcd')[::2].cast('B')
memoryview(b'ab').cast('x')
memoryview(b'ab').cast('c').tolist()
memoryview(b'ab').cast('c')[0]
memoryview(b'abcdefgh').cast('d')[0]
memoryview(b'ab').cast('H') == b'ab'
memoryview(b'ab').cast('B', (2,)).shape
memoryview(b'ab').cast(1)
memoryview(b'abcd').cast('@H').tolist()
memoryview(b'\x01\x00\x02\x00').cast('H').cast('B').tolist()
import array
a = array.array('i', [1, 2, 3])
v = memoryview(a)
v.format, v.itemsize, len(v), v.nbytes, v.tolist(), v[1], v.readonly
v[1] = 20
a
import struct
buf = bytearray(struct.pack('!HH', 1, 2))
memoryview(buf).cast('H').tolist()
