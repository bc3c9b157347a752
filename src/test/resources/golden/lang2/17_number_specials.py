class Num:
    def __round__(self, n=None):
        return ('round', n)
    def __abs__(self):
        return 'abs'
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'

n = Num()
round(n), round(n, 2), abs(n), -n, +n, ~n
import math
math.trunc(n), math.floor(n), math.ceil(n)
round(object())
abs(object())
class E:
    def __eq__(self, other):
        return 'yes'
    def __ne__(self, other):
        return 0
    def __lt__(self, other):
        return [1]

E() == 1
1 == E()
E() != 1
E() < 2
2 > E()
class F:
    def __float__(self):
        return 1

class C:
    def __complex__(self):
        return 1.5

class N:
    def __int__(self):
        return 'x'

float(F())
complex(C())
int(N())
class G:
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3

float(G()), int(G())
import math
math.sqrt(G())
complex()
complex(1)
complex(1.5, 2)
complex('1+2j')
complex(' (1-2.5e3J) ')
complex('j')
complex('-j')
complex('1 + 2j')
complex('1', 2)
complex(1, '2')
complex([])
complex(1, [])
complex(1j, 1j)
complex(real=1, imag=2)
complex('inf-nanj')
complex(G())
