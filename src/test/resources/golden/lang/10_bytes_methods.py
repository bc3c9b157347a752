# about: bytes methods, indexing gives int, iteration, hex/fromhex
b = b'Hello, World'
b[0]
b[-1]
b[0:5]
b[::-1]
b[100]
for x in b'AB':
    print(x)

list(b'hi')
b.split(b', ')
b.upper()
b.lower()
b'  x  '.strip()
b.startswith(b'He')
b.endswith(b'd')
b.find(b'o')
b.rfind(b'o')
b.index(b'W')
b.count(b'l')
b.replace(b'l', b'L')
b'-'.join([b'a', b'b'])
b'a,b'.partition(b',')
b'line1\nline2\n'.splitlines()
b'\x00\xff\x10'.hex()
b'abc'.hex(':')
bytes.fromhex('de ad be ef')
bytes.fromhex('zz')
bytearray.fromhex('0a0b')
b'123'.isdigit()
b'abc'.isalpha()
b'42'.zfill(5)
b'x'.center(5, b'-')
b'abc'.decode()
b'A' in b'ABC'
65 in b'ABC'
b'hi'[0] == ord('h')
b.split()
b'hi'.split(',')
b'abc' < b'abd'
b'a' == 'a'
