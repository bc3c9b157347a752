"""socklab's itertools: the iterator building blocks, as CPython's classes of iterators with its argument rules.

Each is a class whose instances run a generator written here; like CPython's C itertools, the module
shows no frames of its own in tracebacks.
"""


def _count(start=0, step=1):
    for value in (start, step):
        if not isinstance(value, (int, float, complex)):
            raise TypeError('a number is required')
    return _counting(start, step)


def _counting(start, step):
    n = start
    while True:
        yield n
        n += step


def _cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        yield from saved


def _repeat(*args, **kwargs):
    if not args and 'object' not in kwargs:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    return _repeating(*args, **kwargs)


def _repeating(object, times=None):
    obj = object
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


def _accumulate(iterable, func=None, *, initial=None):
    items = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(items)
        except StopIteration:
            return
    yield total
    for item in items:
        total = total + item if func is None else func(total, item)
        yield total


def _chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    for it in iterables:
        yield from it


def _compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def _dropwhile(predicate, iterable):
    items = iter(iterable)
    for item in items:
        if not predicate(item):
            yield item
            break
    yield from items


def _takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            break
        yield item


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    return (item for item in iterable if not predicate(item))


def _groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    items = iter(iterable)
    sentinel = object()
    current = next(items, sentinel)
    while current is not sentinel:
        group_key = keyfunc(current)
        members = [current]
        current = next(items, sentinel)
        while current is not sentinel and keyfunc(current) == group_key:
            members.append(current)
            current = next(items, sentinel)
        yield group_key, iter(members)


def _islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    else:
        start, stop, step = (list(args) + [None])[:3]
        start = start or 0
        step = 1 if step is None else step
    for name, value in (('Indices', start), ('Stop argument', stop)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
                             if name == 'Indices' else
                             'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if not isinstance(step, int) or step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _slicing(iter(iterable), start, stop, step)


def _slicing(items, start, stop, step):
    index = 0
    wanted = start
    for item in items:
        if stop is not None and index >= stop:
            return
        if index == wanted:
            yield item
            wanted += step
        index += 1


def _starmap(function, iterable):
    return (function(*args) for args in iterable)


def tee(iterable, n=2):
    items = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(items)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield mine.pop(0)
    return tuple(_made(_tee, gen(buffer)) for buffer in buffers)


def _zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = _repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def _pairwise(iterable):
    items = iter(iterable)
    sentinel = object()
    previous = next(items, sentinel)
    if previous is sentinel:
        return
    for item in items:
        yield previous, item
        previous = item


def _product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [prefix + (item,) for prefix in result for item in pool]
    for combination in result:
        yield combination


def _permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    for indices in _product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def _combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    for indices in _permutations(range(n), r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


def _combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    for indices in _product(range(n), repeat=r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


def _made(cls, iterator):
    """An instance of cls running iterator, made without cls's arguments."""
    made = object.__new__(cls)
    made._it = iterator
    return made


def _iterator_class(name, make, **extra):
    """The class itertools.NAME: calling it checks the arguments and starts make's iterator."""
    def __init__(self, *args, **kwargs):
        self._it = make(*args, **kwargs)
        self._args = args

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)
    namespace = {'__init__': __init__, '__iter__': __iter__, '__next__': __next__, '__module__': 'itertools'}
    namespace.update(extra)
    return type(name, (), namespace)


def _count_repr(self):
    start, step = (tuple(self._args) + (0, 1)[len(self._args):])[:2]
    return 'count(%r)' % (start,) if step == 1 else 'count(%r, %r)' % (start, step)


count = _iterator_class('count', _count, __repr__=_count_repr)
cycle = _iterator_class('cycle', _cycle)
repeat = _iterator_class('repeat', _repeat, __repr__=lambda self: 'repeat(%s)' % ', '.join(map(repr, self._args)))
accumulate = _iterator_class('accumulate', _accumulate)
chain = _iterator_class('chain', _chain,
                        from_iterable=classmethod(lambda cls, iterables: _made(cls, _from_iterable(iterables))))
compress = _iterator_class('compress', _compress)
dropwhile = _iterator_class('dropwhile', _dropwhile)
takewhile = _iterator_class('takewhile', _takewhile)
filterfalse = _iterator_class('filterfalse', _filterfalse)
groupby = _iterator_class('groupby', _groupby)
islice = _iterator_class('islice', _islice)
starmap = _iterator_class('starmap', _starmap)
zip_longest = _iterator_class('zip_longest', _zip_longest)
pairwise = _iterator_class('pairwise', _pairwise)
product = _iterator_class('product', _product)
permutations = _iterator_class('permutations', _permutations)
combinations = _iterator_class('combinations', _combinations)
combinations_with_replacement = _iterator_class('combinations_with_replacement', _combinations_with_replacement)
_tee = _iterator_class('_tee', iter)
