# about: bytes and bytearray literals with every escape class in their reprs
b'abc'
b"abc"
b'it\'s'
b'\x00\x01\x7f\x80\xff'
b'\t\n\r'
b'\x0b\x0c'
b'\\'
b'"'
b'\'"'
b' ~'
bytes(3)
bytes([65, 66, 67])
bytes(range(250, 256))
bytes('你好', 'utf8')
bytes('hé', 'utf-8')
bytes('abc', 'ascii')
b''
bytearray(b'hi')
bytearray()
bytearray(2)
bytearray([104, 105])
ba = bytearray(b'abc')
ba[0] = 65
ba
ba.append(100)
ba
ba.extend(b'ef')
ba
bytes(ba)
b'a' * 3
b'ab' + b'cd'
b'x' + bytearray(b'y')
bytearray(b'y') + b'x'
bytes([256])
bytes('x')
b'hi' + 'x'
b'caf\xc3\xa9'.decode()
rb'\n'
len(b'\x00\xff')
