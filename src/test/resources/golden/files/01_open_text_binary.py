# about: open() in text and binary modes inside the sandbox folder, and its errors
f = open('{TMP}/a.txt', 'w')
f
f.mode, f.closed, f.encoding
f.write('héllo\nworld\r\nthird\rfourth')
f.tell()
f.close()
f.closed
with open('{TMP}/a.txt') as g:
    print(repr(g.readline()), repr(g.read(3)), g.tell())
    print(list(g))

open('{TMP}/a.txt', newline='').readlines()
with open('{TMP}/a.txt', 'rb') as g:
    print(g)
    print(g.read(3), g.readline(), g.tell(), g.readlines())

with open('{TMP}/a.txt', 'r+') as g:
    _ = g.seek(0, 2), g.write('!'), g.seek(0)
    print(repr(g.read()))

with open('{TMP}/b.bin', 'wb') as b:
    print(b, b.mode)
    _ = b.write(bytes(range(5)))

open('{TMP}/b.bin', 'ab').write(b'\xff')
open('{TMP}/b.bin', 'rb').read()
open('{TMP}/b.bin', 'r+b')
open('{TMP}/a.txt', 'x')
open('{TMP}/missing.txt')
open('{TMP}')
open('{TMP}/a.txt', 'rw')
open('{TMP}/a.txt', 'rb', encoding='utf-8')
f.read()
g = open('{TMP}/a.txt')
g.write('x')
g.close()
w = open('{TMP}/c.txt', 'w')
w.read()
w.write(b'x')
w.writelines(['one\n', 'two\n'])
w.close()
for line in open('{TMP}/c.txt'):
    print(line.rstrip())

