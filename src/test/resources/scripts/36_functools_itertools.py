# The pure-Python helper modules programs import: functools, itertools, contextlib, operator, copy, heapq, bisect, __future__.
from __future__ import annotations
import functools, itertools, contextlib, operator, copy, heapq, bisect
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)('101'))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello():
    "says hi"
    return 'hi'
print(hello.__name__, hello.__doc__, hello())
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.chain([1], [2])), list(itertools.product('ab', repeat=2)))
print([(k, list(g)) for k, g in itertools.groupby('aabbc')], list(itertools.zip_longest([1, 2], [3])))
@contextlib.contextmanager
def cm():
    print('enter')
    yield 5
    print('exit')
with cm() as v:
    print(v)
with contextlib.suppress(KeyError):
    {}['x']
h = []
for x in [5, 1, 3]:
    heapq.heappush(h, x)
print(heapq.heappop(h), h, bisect.bisect([1, 2, 4], 3))
print(copy.deepcopy({'a': [1, [2]]}), operator.itemgetter(1)([4, 5]))
