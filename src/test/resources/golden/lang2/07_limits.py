x = [0]
exec('x' + '[0]' * 100000)
exec('x' + '[0]' * 1000)
exec('-' * 100000 + '1')
exec('def f():\n    return ' + '-' * 2000 + '1')
f()
deep = ''.join(' ' * i + 'if True:\n' for i in range(100)) + ' ' * 100 + 'pass\n'
try:
    exec(deep)
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)

exec(''.join(' ' * i + 'if True:\n' for i in range(99)) + ' ' * 99 + 'print("99 levels")\n')
nested = []
for i in range(100000): nested = [nested]

repr(nested)
str(nested)
other = []
for i in range(100000): other = [other]

nested == other
shallow = []
for i in range(500): shallow = [shallow]

len(repr(shallow))
shallow == eval(repr(shallow))
t = ()
for i in range(100000): t = (t,)

repr(t)
hash(())
hash((1, 2))
hash(((), (1,), 'a' * 0))
d = {}
for i in range(100000): d = {1: d}

repr(d)
d == d
'xy' * 2**62
2**62 * 'xy'
b'xy' * 2**62
bytearray(b'xy') * 2**62
[1, 2] * 2**62
(1, 2) * 2**62
'' * 2**63
'xy' * -2**64
[] * 2**62
'x' * (2**63 - 1)
s = 'xy'
s *= 2**62
l = [1, 2]
l *= 2**62
l
print('alive')
