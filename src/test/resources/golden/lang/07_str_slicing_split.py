# about: str indexing, slicing with steps, split/rsplit/join/strip
s = 'Hello, World'
s[0]
s[-1]
s[0:5]
s[7:]
s[:-7]
s[::2]
s[::-1]
s[1:10:3]
s[100:]
s[-100:3]
s[50]
s[1] = 'x'
'a,b,,c'.split(',')
'  a  b  c '.split()
'a,b,c'.split(',', 1)
'a,b,c'.rsplit(',', 1)
'a b'.split('')
'-'.join(['x', 'y', 'z'])
''.join([])
', '.join(['1', 2])
'  pad  '.strip()
'xxhixx'.strip('x')
'  pad  '.lstrip()
'  pad  '.rstrip()
