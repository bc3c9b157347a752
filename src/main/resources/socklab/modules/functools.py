"""socklab's functools: partial, wraps, reduce, lru_cache, cache, total_ordering, cmp_to_key, cached_property."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _missing)
        if value is not _missing:
            setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is not None and source:
            for key, value in source.items():
                setattr(wrapper, key, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


from _functools import reduce


class partial:
    """A callable that calls func with some arguments already given."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        name = type(self).__qualname__ if type(self) is not partial else 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """partial for methods: the instance comes first, then the given arguments."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_missing,) + tuple(kwds.items())
    if typed:
        key += tuple(type(v) for v in args) + tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Remembers the results of the last maxsize calls (all of them with maxsize=None)."""
    if callable(maxsize) and isinstance(typed, bool):
        return lru_cache(128, typed)(maxsize)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating(user_function):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                value = cache.pop(key)
                cache[key] = value
                return value
            stats[1] += 1
            value = user_function(*args, **kwds)
            if maxsize != 0:
                cache[key] = value
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return value

        def cache_info():
            return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    """Fills in the comparisons a class leaves out from the one it defines (with __eq__)."""
    def from_lt(self, other, op):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return NotImplemented
        return {'gt': not lt and self != other, 'le': lt or self == other, 'ge': not lt}[op]

    def from_le(self, other, op):
        le = self.__le__(other)
        if le is NotImplemented:
            return NotImplemented
        return {'lt': le and self != other, 'gt': not le, 'ge': not le or self == other}[op]

    def from_gt(self, other, op):
        gt = self.__gt__(other)
        if gt is NotImplemented:
            return NotImplemented
        return {'lt': not gt and self != other, 'ge': gt or self == other, 'le': not gt}[op]

    def from_ge(self, other, op):
        ge = self.__ge__(other)
        if ge is NotImplemented:
            return NotImplemented
        return {'le': not ge or self == other, 'gt': ge and self != other, 'lt': not ge}[op]

    sources = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = sources[defined[0]]
    for name in sources:
        if name not in defined:
            op = name[2:4]
            setattr(cls, name, (lambda op: lambda self, other: root(self, other, op))(op))
    return cls


def cmp_to_key(mycmp):
    """A key function for sorted() made from an old-style cmp(a, b) function."""
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.attrname or self.func.__name__, value)
        return value


def singledispatch(func):
    """A function that picks its implementation by the type of its first argument."""
    registry = {object: func}

    def dispatch(cls):
        for kind in cls.__mro__:
            if kind in registry:
                return registry[kind]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            method = cls
            cls = next(iter(method.__annotations__.values()))
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{getattr(func, "__name__", "singledispatch function")} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    return update_wrapper(wrapper, func)
