# Each entry: one piece of source (may be multi-line). Setup lines are in PRELUDE.
CASES = r'''
str.upper(1)
str.join(',', [1, 2])
','.join(x for x in [1, None])
'abc'.center(-5)
'abc'.center(2**63)
'abc'.center(10, 'ab')
'abc'.zfill(-1)
'abc'.zfill(2**62)
'abc'.expandtabs(2**40)
'abc'.split('')
'abc'.split(None, 2**70)
'abc'.rsplit('b', -2**70)
'abc'.replace('', 'x', 2**70)
'abc'.replace('a', 'b', -1)
'abc'.count('', 2**70)
'abc'.find('b', -2**70, 2**70)
'abc'.index('z')
'abc'.startswith(('a', 1))
'abc'.startswith(1)
'abc'.endswith(['c'])
'abc'.encode('nope')
'abc'.encode('utf-8', 'nope')
'\udc80'.encode()
b'\xff'.decode()
b'\xff'.decode('ascii')
b'abc'.decode('utf-8', 'nope')
'abc'.translate({97: 2**40})
'abc'.translate({97: 'xy', 98: None, 99: 1.5})
str.maketrans('ab', 'c')
str.maketrans({'ab': 1})
'abc' * 2**63
'abc'[2**63]
'abc'[-2**63]
'abc'[::0]
'abc'[::2**63]
'abc'[::-2**63]
'abc'[2**100:-2**100:-1]
[1, 2, 3][::2**100]
[1, 2, 3][::-2**100]
(1, 2, 3)[1:2:0]
b'abc'[::2**64]
bytearray(b'abc')[::2**64]
range(10)[::2**64]
range(10)[2**64]
range(2**64)[2**64 - 1]
len(range(2**64))
range(0, 10, 0)
range(1.5)
memoryview(b'abc')[::2**64]
memoryview(b'abc')[2**64]
x = [1, 2, 3]; x[::2] = [1]
x = [1, 2, 3]; x[::-1] = [1, 2]
x = [1, 2, 3]; x[2**70:] = [9]; x
x = [1, 2, 3]; del x[::2**70]; x
x = [1, 2, 3]; x[1:2] = 5
x = bytearray(b'ab'); x[0] = 256
x = bytearray(b'ab'); x[0] = -1
x = bytearray(b'ab'); x[0:1] = [300]
bytes([256])
bytes(-1)
bytes(2**63)
bytearray(2**62)
bytes('abc')
bytes.fromhex('zz')
bytes.fromhex('a')
b'%d' % 'x'
b'%s' % 'x'
b'%c' % 256
'%c' % 0x110000
'%c' % -1
'%c' % 'ab'
'%d' % 'x'
'%d' % 1.5
'%x' % 1.5
'%f' % 'a'
'%s %s' % (1,)
'%s' % (1, 2)
'%(a)s' % 1
'%(a)s' % {}
'%z' % 1
'%' % 1
'%.2147483648f' % 1.0
'%.*f' % (2**40, 1.0)
'%*d' % (-2**40, 1)
'%*d' % (1.5, 1)
'%.500f' % 1.0
'%.101f' % 1.0
'%e' % float('inf')
'%d' % float('nan')
'%d' % float('inf')
'%x' % -255
'%#o' % 8
'%i' % True
'%r' % '\x00'
'%a' % '\u1234'
format(1.5, '.2147483648')
format(1, ',_')
format(1, '_,')
format(1.5, 'd')
format(1, 's')
format('a', 'd')
format('a', '=10')
format('a', '+')
format('a', ',')
format(1, 'c')
format(2**40, 'c')
format(-1, 'c')
format(1.5, 'c')
format(1, '.2d')
format(1, '#c')
format(1j, '=10')
format(1j, '010')
format(float('nan'), '010')
format(float('inf'), ',.2f')
format(1e300, 'f')[:20]
format(1e-300, '.1000e')[:20]
format(1.5, 'n')
format(12345.678, ',.2%')
format(12345, '_x')
format(12345, ',x')
format(12345, ',b')
format(10**50, ',')
format(1, 'zz')
format(1, '\x00<5')
format(1, '<<5')
format(None, 'x')
format(None, '')
format([], '>5')
format(object(), 's')
'{}'.format()
'{0}{}'.format(1, 2)
'{}{0}'.format(1, 2)
'{a}'.format(1)
'{0[1]}'.format([1])
'{0[x]}'.format({})
'{0.x}'.format(1)
'{0:{1}}'.format(1, 'zz')
'{0:{1:{2}}}'.format(1, 2, 3)
'{!z}'.format(1)
'{'.format(1)
'}'.format(1)
'{0!r:>{w}}'.format('a', w=2**40)
'{:%Y}'.format(1)
'{0[999999999999999999999]}'.format([1])
'{999999999999999999999}'.format(1)
f'{1:{"zz"}}'
f'{1!r:>{2**40}}'
int('9' * 5000)
int('1' * 4301)
int('1_000')
int('_1')
int('1__0')
int(' 12 ')
int('١٢')
int('12', 1)
int('12', 37)
int('12', -1)
int('12', 2**70)
int('0x12', 0)
int('012', 0)
int('0b2', 0)
int(1.5, 10)
int(float('inf'))
int(float('nan'))
int(b'12')
int(bytearray(b'12'), 16)
int([])
int('')
int(' ')
int(None)
str(10**5000)[:5]
repr(10**4301)[:5]
hex(10**5000)[:5]
float('1e500')
float('nan') == float('nan')
float('infinity')
float('1_0')
float('1__0')
float('0x10')
float(' 1.5 ')
float(10**400)
float('')
float(b'1.5')
float([])
1e308 * 10
2.0 ** 10000
(-8) ** (1/3)
0.0 ** -1
0 ** -1
10 ** -2**70
pow(2, 2**70, 7)
pow(2, -1, 7)
pow(2, -1, 4)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(1, 2, 3, 4)
divmod(1, 0)
divmod(1.0, 0.0)
divmod(2**100, 0)
1 // 0
1 % 0
1.0 // 0
1.0 % 0.0
1 / 0
2**100 / 0
10**400 / 1
10**400 / 10**399
10**400 // 1.0
(2**1000) * 1.0
float(2**1024)
round(1.5, 2**70)
round(1.5, -2**70)
round(float('inf'))
round(float('nan'))
round(float('inf'), 2)
round(12345, -2)
round(1.5, None)
round(1.5, 1.5)
round('a')
abs('a')
abs(-2**1000) == 2**1000
(1).to_bytes(2**62, 'big')
(1).to_bytes(-1, 'big')
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
(1).to_bytes(1, 'middle')
int.from_bytes(b'\x01', 'middle')
int.from_bytes('ab', 'big')
(1).bit_length()
(-2**100).bit_count()
(5).as_integer_ratio()
(1.5).as_integer_ratio()
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
float('inf').is_integer()
(1.5).hex()
float.fromhex('zz')
float.fromhex('0x1p99999')
float.fromhex('inf')
1 << -1
1 << 2**70
1 >> 2**70
-1 >> 2**70
1 << 10**5
~True
-True
True + True
1 < 'a'
[] < ()
None < None
complex('1+2j')
complex('zz')
complex(1, 'a')
complex('1', 2)
(1j) ** 2**70
1j // 1
1j % 1
abs(complex(1e308, 1e308))
complex(float('inf'), 0) * 0
hash(float('nan')) == hash(float('nan'))
hash(-1)
hash(2**61 - 1)
hash(-2**61)
hash(1.5)
hash([])
hash({})
hash(([],))
hash(frozenset([1]))
chr(-1)
chr(0x110000)
chr(2**70)
chr(1.5)
ord('')
ord('ab')
ord(b'ab')
ord(1)
bin(1.5)
oct('a')
hex(-0)
len(5)
len()
len([], [])
sum([[1]], [])
sum(['a', 'b'], '')
sum([1], 2**70)
sum([0.1]*10)
sum(range(10**6))
min([])
max([], default=2)
min(1)
max(1, 2, key=None)
max(1, 'a')
sorted([1, 'a'])
sorted([3, 1], key=1)
sorted([3, 1], reverse=None)
sorted([3, 1], cmp=None)
list(reversed({}))
reversed(5)
enumerate([], 1.5)
enumerate([], 2**70)
list(enumerate('ab', 2**70))
list(zip([1], [2], strict=True))
list(zip([1], [2, 3], strict=True))
list(map(None, [1]))
list(filter(5, [1]))
iter(5)
iter(5, 6)
next(iter([]))
next(iter([]), 'd')
next(5)
isinstance(1, 5)
isinstance(1, (int, 5))
issubclass(1, int)
issubclass(int, (5,))
getattr(1, 5)
getattr(1, 'x')
setattr(1, 'x', 2)
delattr(1, 'real')
hasattr(1, 5)
callable()
vars(1)
dir(1, 2)
id()
type(1, 2)
type('X', (1,), {})
type('X', (), 5)
object.__new__(int)
int.__new__(str)
super()
super(int, 1).__repr__
repr(super(int, 1))
print(1, sep=5)
print(1, end=5)
print(1, file=5)
print(1, flush=None, x=1)
input(1, 2)
open(5.5)
open('', 'r')
open('x', 'rw')
open('x', 'q')
open('x', 'r', buffering=-2)
open('x', 'rb', encoding='utf-8')
open('x', 'w', newline='z')
open('/dev/null', 'r').read(2**70)
open('/etc/passwd')
open('../../etc/passwd')
eval('1 +')
eval('')
eval(5)
eval('x', 5)
exec('1', {}, 5)
compile('1', 'f', 'zz')
compile('1', 'f', 'eval', 2**70)
compile(5, 'f', 'exec')
__import__('nope')
__import__('')
__import__('os.nope')
import nope
from os import nope
from . import x
import os; os.system('true')
import subprocess
import ctypes
slice(1, 2, 3).indices(-1)
slice(1, 2, 0).indices(5)
slice(None, None, 2**70).indices(5)
slice(1, 2, 3).indices(2**70)
slice(1.5).indices(5)
frozenset([[]])
set([[]])
{[]: 1}
{{}}
{}.fromkeys(5)
dict(5)
dict([1])
dict([(1, 2, 3)])
dict(a=1, **{'a': 2})
f = lambda **k: k; f(**{1: 2})
f = lambda *a: a; f(*5)
f = lambda: 0; f(1)
f = lambda a: 0; f(b=1)
f = lambda a, /: 0; f(a=1)
f = lambda *, a: 0; f(1)
{}.pop(1)
{}.popitem()
[].pop()
[].pop(2**70)
[1].pop(-2**70)
[].remove(1)
[].index(1)
[1].index(1, 2**70)
[1].insert(2**70, 2)
[1].insert(-2**70, 2)
[1].insert(1.5, 2)
[].sort(key=5)
x = [3, 1]; x.sort(key=lambda v: 'a' if v == 1 else 1)
[1] * -1
[1] * 1.5
[1] + (1,)
(1,) + [1]
'a' + 1
1 + 'a'
None + None
[].extend(5)
[].__getitem__('a')
[1]['a']
[1][1.5]
{}[[]]
'abc'['a']
'abc'[None]
'abc'[True]
b'abc'[1.5]
x = [1]; x[2**70] = 1
x = [1]; x[-2**70] = 1
x = {}; x[[]] = 1
x = (1,); x[0] = 2
del (1,)[0]
a, b = 1
a, b = [1, 2, 3]
a, *b, c = [1]
*a, = 5
a, *b, *c = [1]
x = 5; x()
x = 5; x.y
x = 5; x.y = 1
None.x
None()
None[0]
1()
'a'()
(lambda: (yield))().send(1)
g = (x for x in [1]); next(g); next(g)
g = (x for x in [1]); g.throw(ValueError)
g = (x for x in [1]); g.throw(ValueError('a'), None, None)
g = (x for x in [1]); g.throw(5)
g = (x for x in [1]); g.throw(ValueError, 5)
g = (x for x in [1]); g.throw(ValueError(), 5)
g = (x for x in [1]); g.close(); next(g)
g = (x for x in [1]); g.close(); g.send(None)
g = (x for x in [1]); g.send(5)
def gen():
    try:
        yield 1
    finally:
        yield 2
g = gen(); next(g); g.close()
def gen():
    yield 1
g = gen(); g.throw(StopIteration)
def gen():
    yield next(iter([]))
list(gen())
def gen():
    raise StopIteration
list(gen())
def gen():
    g2 = yield
    yield g2
g = gen(); next(g); g.send(g); next(g)
def gen():
    yield from gen2
gen2 = 5
list(gen())
def gen():
    x = yield from g
    yield x
g = gen()
next(g)
def me():
    yield from me_g
me_g = me()
next(me_g)
def gen():
    yield 1
g = gen(); g.gi_frame.f_locals
g = gen(); g.gi_running
class R:
    def __repr__(self):
        return repr(self)
repr(R())
class R:
    def __repr__(self):
        return 5
repr(R())
class R:
    def __str__(self):
        return None
str(R())
class R:
    def __eq__(self, o):
        return self == o
R() == R()
class R:
    def __hash__(self):
        return 'x'
hash(R())
class R:
    def __hash__(self):
        return 2**100
hash(R()) == hash(2**100)
class R:
    def __hash__(self):
        return hash(self)
hash(R())
class R:
    def __hash__(self):
        return 1.5
{R()}
class R:
    def __len__(self):
        return -1
len(R())
class R:
    def __len__(self):
        return 2**70
len(R())
class R:
    def __len__(self):
        return 2**32 + 5
len(R())
class R:
    def __len__(self):
        return 1.5
len(R())
class R:
    def __len__(self):
        return len(self)
len(R())
class R:
    def __len__(self):
        return 'a'
bool(R())
class R:
    def __bool__(self):
        return 1
bool(R())
class R:
    def __index__(self):
        return 1.5
[1, 2][R()]
class R:
    def __index__(self):
        return self.__index__()
[1][R()]
class R:
    def __index__(self):
        return 2**70
'abc'[R()]
class R:
    def __index__(self):
        return 1
'abc'[R():R():R()]
hex(R())
bin(R())
range(R())
class R:
    def __iter__(self):
        return 5
list(R())
class R:
    def __iter__(self):
        return iter(self)
list(R())
class R:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('boom')
list(R())
class R:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
list(R()), 2 in R()
class R:
    def __contains__(self, x):
        return x in self
1 in R()
class R:
    def __lt__(self, o):
        return NotImplemented
sorted([R(), R()])
class R:
    def __getattr__(self, n):
        return getattr(self, n)
R().x
class R:
    def __getattribute__(self, n):
        return 5
R().x, type(R())
class R:
    def __setattr__(self, n, v):
        setattr(self, n, v)
r = R(); r.x = 1
class R:
    def __del__(self):
        raise ValueError
r = R(); del r
class R:
    def __init__(self):
        return 5
R()
class R:
    def __new__(cls):
        return 5
R()
class R:
    def __call__(self):
        return self()
R()()
class R:
    def __format__(self, spec):
        return 5
format(R())
class R:
    def __format__(self, spec):
        return spec * 2
f'{R():ab}'
class R:
    def __int__(self):
        return 'a'
int(R())
class R:
    def __float__(self):
        return 1
float(R())
class R:
    def __complex__(self):
        return 1
complex(R())
class R:
    def __round__(self, n=None):
        return n
round(R(), 5)
class R:
    def __abs__(self):
        return abs(self)
abs(R())
class R:
    def __add__(self, o):
        return self + o
R() + 1
class R:
    def __eq__(self, o):
        raise TypeError('mine')
[R()] == [R()]
[1] == [1]
class R:
    def __eq__(self, o):
        raise ValueError('mine')
R() in [1, 2]
class R:
    def __eq__(self, o):
        raise ValueError('mine')
[1, 2].index(R())
class R:
    def __eq__(self, o):
        raise ValueError('mine')
[1, 2].count(R())
class R:
    def __eq__(self, o):
        raise ValueError('mine')
[1, 2].remove(R())
class R:
    def __hash__(self):
        raise ValueError('mine')
{R(): 1}
class R:
    def __hash__(self):
        raise ValueError('mine')
R() in {1}
class R:
    def __lt__(self, o):
        raise ValueError('mine')
sorted([R(), R()])
class R:
    def __lt__(self, o):
        raise ValueError('mine')
max([R(), R()])
class R:
    def __bool__(self):
        raise ValueError('mine')
if R(): pass
class R:
    def __bool__(self):
        raise ValueError('mine')
not R()
class R:
    def __bool__(self):
        raise ValueError('mine')
any([R()])
class R:
    def __bool__(self):
        raise ValueError('mine')
list(filter(None, [R()]))
class R:
    def __enter__(self):
        return self
R().__enter__(); 
class R:
    def __enter__(self):
        return self
with R(): pass
class R:
    def __exit__(self, *a):
        return True
with R(): pass
class M(type):
    def __instancecheck__(cls, o):
        raise ValueError('mine')
class C(metaclass=M): pass
isinstance(1, C)
class C(int, str): pass
class C(1): pass
class C(object, object): pass
class A: pass
class B(A, A): pass
class A: pass
class B(A): pass
class C(A, B): pass
class C:
    __slots__ = ('a', 'a')
class C:
    __slots__ = 5
class C:
    __slots__ = ('a',)
c = C(); c.b = 1
class C: pass
C.__bases__ = (int,)
class C: pass
C.__name__ = 5
class C: pass
C.__class__ = int
x = 1; x.__class__ = str
object().__class__ = int
object.__init__(1, 2)
object.__setattr__(1, 'x', 2)
object.__getattribute__(1, 5)
int.__add__('a', 1)
int.__add__(1, 'a')
str.__len__(1)
list.append(1, 2)
dict.get(1, 2)
type.__call__(5)
type.__subclasses__(5)
int.__subclasses__()[:0]
int.mro(5)
object.__subclasshook__()
property(5).__get__(1)
property().__get__(1)
p = property(); p.__set__(1, 2)
staticmethod(5)()
classmethod(5).__get__(1)()
import functools; functools.reduce(None, [1, 2])
import functools; functools.reduce(lambda a, b: a, [])
import functools; functools.partial(5)
import functools; functools.lru_cache(5)
import functools; functools.lru_cache(maxsize=-1)(len)('a')
import itertools; list(itertools.islice([1], -1))
import itertools; list(itertools.islice([1], 2**70))
import itertools; list(itertools.islice([1], 0, 2**70, 0))
import itertools; itertools.repeat(1, 2**70)
import itertools; list(itertools.repeat(1, -5))
import itertools; list(itertools.combinations([1], -1))
import itertools; len(list(itertools.permutations(range(3), 2**70)))
import itertools; itertools.count(1, 'a')
import itertools; list(itertools.product([1], repeat=-1))
import itertools; itertools.product([1, 2], repeat=2**62)
import itertools; list(itertools.accumulate([1, 'a']))
import itertools; list(itertools.chain(1))
import itertools; list(itertools.zip_longest([1], 5))
import itertools; list(itertools.tee([1], -1))
import itertools; list(itertools.groupby(5))
import operator; operator.itemgetter()
import operator; operator.attrgetter(5)
import operator; operator.index(1.5)
import operator; operator.length_hint(5, 'a')
import math; math.sqrt(-1)
import math; math.log(0)
import math; math.log(-1)
import math; math.log(10**5000)
import math; math.log(1, 1)
import math; math.log(1, 0)
import math; math.exp(1000)
import math; math.factorial(-1)
import math; math.factorial(1.5)
import math; math.factorial(2**70)
import math; math.comb(2**70, 2**69) if False else math.comb(-1, 1)
import math; math.perm(5, -1)
import math; math.isqrt(-1)
import math; math.gcd(1.5)
import math; math.lcm(2**100, 3**100) > 0
import math; math.floor(float('inf'))
import math; math.ceil(float('nan'))
import math; math.trunc('a')
import math; math.pow(0, -1)
import math; math.pow(-1, 0.5)
import math; math.pow(10, 1000)
import math; math.fmod(1, 0)
import math; math.fmod(float('inf'), 1)
import math; math.ldexp(1, 2**70)
import math; math.ldexp(1, -2**70)
import math; math.frexp(float('inf'))
import math; math.dist([1], [1, 2])
import math; math.hypot(*[1e308] * 3)
import math; math.prod([1], start='a')
import math; math.fsum([float('inf'), float('-inf')])
import math; math.fsum([1e308, 1e308])
import math; math.isclose(1, 1, rel_tol=-1)
import math; math.nextafter(1, 'a')
import math; math.radians('a')
import math; math.atan2(1)
import math; math.copysign(1)
'''
