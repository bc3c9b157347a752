"""socklab's copy: shallow and deep copies of containers and of instances of a learner's classes."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls in (tuple, frozenset):
        return x
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if cls in (list, dict, set, bytearray):
        return cls(x)
    return _rebuild(x, lambda value: value)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if hasattr(x, '__deepcopy__'):
        result = x.__deepcopy__(memo)
    elif cls is list:
        result = []
        memo[key] = result
        result.extend(deepcopy(item, memo) for item in x)
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = tuple(deepcopy(item, memo) for item in x)
        result = x if all(a is b for a, b in zip(items, x)) else items
    elif cls in (set, frozenset):
        result = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        result = bytearray(x)
    else:
        result = _rebuild(x, lambda value: deepcopy(value, memo), memo, key)
    memo[key] = result
    return result


def _rebuild(x, convert, memo=None, key=None):
    cls = type(x)
    state = getattr(x, '__dict__', None)
    if state is None:
        raise Error('un(deep)copyable object of type %s' % cls)
    result = cls.__new__(cls)
    if memo is not None:
        memo[key] = result
    for name, value in state.items():
        setattr(result, name, convert(value))
    return result
