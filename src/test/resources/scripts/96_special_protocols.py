class N:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __format__(self, spec): return 'fmt:' + spec
    def __bytes__(self): return b'by'
    def __len__(self): return 3
    def __reversed__(self): return iter([9])
    def __hash__(self): return 5
    def __int__(self): return 4
    def __matmul__(self, o): return 'mm'
n = N()
print(divmod(n, 2), divmod(2, n), pow(n, 2), pow(n, 2, 3), 2 ** n, n ** 2)
print(format(n, 'x'), f'{n:>5}', bytes(n), len(n), list(reversed(n)), hash(n), int(n), n @ 1)
import math
class F:
    def __float__(self): return 2.0
print(math.floor(F()), math.sqrt(F()), round(2.5), round(F()) if hasattr(F, '__round__') else 'no')
class B:
    def __bytes__(self): return 5
    def __divmod__(self, o): return NotImplemented
for bad in ('bytes(B())', 'divmod(B(), 1)', 'divmod(1, B())', 'pow(B(), 2, 3)'):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
