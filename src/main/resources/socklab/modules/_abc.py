"""socklab's _abc: the work CPython's C accelerator of abc does, and object.__new__'s refusal of
an abstract class. Its frames never show in a traceback, as C frames do not; abc's own (frozen)
frames do.
"""

_invalidation = [0]


class _abc_data:
    """A class's own registry of virtual subclasses (CPython's _abc._abc_data)."""

    def __init__(self):
        self.registry = []


def get_cache_token():
    return _invalidation[0]


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(getattr(value, part, None), '__isabstractmethod__', False)
                   for part in ('fget', 'fset', 'fdel'))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(getattr(value, '__func__', None), '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls, namespace):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _abc_init(cls):
    cls.__abstractmethods__ = _compute_abstracts(cls, vars(cls))
    cls._abc_impl = _abc_data()


def _abc_call(cls, *args, **kwargs):
    """Calling an ABC: refused while it has abstract methods, as object.__new__ refuses."""
    abstracts = getattr(cls, '__abstractmethods__', ())
    if abstracts:
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(abstracts) > 1 else '', ', '.join(sorted(abstracts))))
    return type.__call__(cls, *args, **kwargs)


def _abc_register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('Can only register classes')
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError('Refusing to create an inheritance cycle')
    cls._abc_impl.registry.append(subclass)
    _invalidation[0] += 1
    return subclass


def _abc_instancecheck(cls, instance):
    subclass = instance.__class__
    subtype = type(instance)
    if subtype is subclass:
        return cls.__subclasscheck__(subclass)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_impl.registry:
        if issubclass(subclass, registered):
            return True
    for derived in type.__subclasses__(cls):
        if issubclass(subclass, derived):
            return True
    return False


def _get_dump(cls):
    return set(cls._abc_impl.registry), set(), set(), get_cache_token()


def _reset_registry(cls):
    cls._abc_impl.registry.clear()


def _reset_caches(cls):
    pass


def _update_abstractmethods(cls):
    cls.__abstractmethods__ = _compute_abstracts(cls, vars(cls))
