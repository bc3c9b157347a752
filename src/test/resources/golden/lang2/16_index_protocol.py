class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

[10, 20, 30][I(1)]
'abcdef'[I(1):I(4)]
(1, 2, 3)[I(-1)]
b'xyz'[I(0)]
hex(I(255)), bin(I(5)), oct(I(8))
list(range(I(3)))
range(I(1), I(10), I(3))
import operator
operator.index(I(7))
bytes(I(3))
import struct
struct.pack('i', I(9))
ls = [1, 2, 3, 4]
ls[I(0)] = 'a'
del ls[I(1)]
ls
'ab' * I(3)
[0] * I(2)
class BadIndex:
    def __index__(self):
        return 1.5

[1][BadIndex()]
operator.index(1.5)
hex(1.5)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

list(Seq())
20 in Seq()
5 in Seq()
for x in Seq(): print(x)

type(iter(Seq()))
sorted(Seq(), reverse=True)
