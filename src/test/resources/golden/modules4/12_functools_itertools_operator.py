import functools, itertools, operator
from functools import reduce, partial, lru_cache, wraps, cache, total_ordering, cmp_to_key
reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10)
reduce(operator.add, [])
p = partial(int, base=2); p("101"), p.func, p.args, p.keywords
partial(pow, 2)(10)
@lru_cache(maxsize=2)
def sq(n):
    return n * n

sq(2), sq(2), sq(3), sq.cache_info()
sq.cache_clear(); sq.cache_info()
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(80)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner

@deco
def hello():
    "doc here"

hello.__name__, hello.__doc__, hello.__wrapped__.__name__
@total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

N(1) <= N(2), N(3) >= N(2), N(1) > N(2)
sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a))
next(itertools.count(5, 2)), list(itertools.islice(itertools.count(5, 2), 4))
list(itertools.islice("abcdefg", 1, 6, 2))
list(itertools.chain([1, 2], "ab")), list(itertools.chain.from_iterable([[1], [2, 3]]))
next(itertools.cycle("ab")), list(itertools.islice(itertools.cycle("ab"), 5))
list(itertools.repeat("x", 3))
list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10))
[(k, list(g)) for k, g in itertools.groupby("aabbbc")]
list(itertools.product("ab", repeat=2)), list(itertools.product([1, 2], "x"))
list(itertools.permutations("abc", 2)), list(itertools.combinations("abcd", 3))
list(itertools.combinations_with_replacement("ab", 2))
list(itertools.zip_longest("ab", "xyz", fillvalue="-"))
list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abc", [1, 0, 1]))
list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1]))
list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.pairwise("abcd"))
a, b = itertools.tee([1, 2]); list(a), list(b)
itertools.islice("abc", -1)
itertools.count("a")
itertools.repeat()
next(itertools.count()), type(itertools.count())
operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([])
operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3)
operator.methodcaller("upper")("x"), operator.contains([1], 1), operator.getitem({"a": 1}, "a")
sorted([("b", 2), ("a", 1)], key=operator.itemgetter(1))
operator.itemgetter(5)([1])
operator.lt(1, 2), operator.eq(1, 1.0), operator.is_(None, None), operator.index(5)
operator.concat([1], [2]), operator.iadd([1], [2]), operator.pow(2, 5), operator.mod(7, 3), operator.floordiv(7, 2), operator.truediv(7, 2)
operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(0), operator.abs(-2)
operator.__add__(1, 1), operator.call(len, "ab")
operator.length_hint([1, 2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c")
operator.itemgetter()
