"""Type hints: the names programs import from typing, shown as CPython shows them, checked by nobody."""

import collections as _collections

TYPE_CHECKING = False


def _name(tp):
    """How a type reads inside a hint: int, typing.List[int], None, ..."""
    if tp is None or tp is type(None):
        return 'None'
    if tp is Ellipsis:
        return '...'
    if isinstance(tp, list):
        return '[' + ', '.join(_name(t) for t in tp) + ']'
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return repr(tp)


class _Alias:
    """A subscripted hint such as List[int]: it remembers its origin and arguments."""

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _name(self.__args__[0])
        if self._name == 'Callable' and len(self.__args__) == 2:
            return 'typing.Callable[%s, %s]' % (_name(self.__args__[0]), _name(self.__args__[1]))
        return 'typing.%s[%s]' % (self._name, ', '.join(_name(a) for a in self.__args__))

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _Alias(self._name, self.__origin__, params if isinstance(params, tuple) else (params,))


class _Special:
    """A bare hint name (Any, List, Optional): subscripting it gives an _Alias."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError('Cannot instantiate typing.%s' % self._name)
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                for q in (p.__args__ if isinstance(p, _Alias) and p._name in ('Union', 'Optional') else (p,)):
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _Alias('Optional', self, (other, type(None)))
            return _Alias('Union', self, tuple(flat))
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            return Union[params[0], None]
        return _Alias(self._name, self.__origin__, params)

    def __instancecheck__(self, obj):
        return self.__origin__ is not None and isinstance(obj, self.__origin__)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
DefaultDict = _Special('DefaultDict', _collections.defaultdict)
Deque = _Special('Deque', _collections.deque)
Counter = _Special('Counter', _collections.Counter)
OrderedDict = _Special('OrderedDict', _collections.OrderedDict)
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
MutableSequence = _Special('MutableSequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Collection = _Special('Collection')
Container = _Special('Container')
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
AsyncIterator = _Special('AsyncIterator')
Hashable = _Special('Hashable')
Sized = _Special('Sized')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
Text = str


class TypeVar:
    """A type variable: T = TypeVar('T'), shown as ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """A base for generic classes: class Stack(Generic[T]) works, and T checks nothing."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """A base for structural types; socklab checks no types, so it is a plain base class."""


def cast(typ, val):
    """val, unchanged: the hint is for type checkers."""
    return val


def overload(func):
    return func


def no_type_check(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def _evaluated(value, globalns, localns):
    """An annotation as get_type_hints gives it: a string evaluated (a forward reference), None as NoneType."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def _class_globals(cls):
    """The namespace of the module that defined cls, which its methods carry (socklab has no sys.modules)."""
    for value in cls.__dict__.values():
        found = getattr(value, '__globals__', None)
        if found is not None:
            return found
    return {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module as a dict, forward references resolved."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ns = globalns if globalns is not None else _class_globals(base)
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _evaluated(value, ns, localns)
        return hints
    ns = globalns if globalns is not None else getattr(obj, '__globals__', getattr(obj, '__dict__', {}))
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _evaluated(value, ns, localns)
    return hints


def NewType(name, tp):
    """A distinct name for a type: calling it returns its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    """Turns class Addr(NamedTuple) with annotated fields into a collections.namedtuple class."""

    def __new__(mcls, name, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        annotations = ns.get('__annotations__', {})
        defaults = []
        defaulted = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
                defaulted.append(field)
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field, "s" if len(defaulted) > 1 else "", ", ".join(defaulted)))
        cls = _collections.namedtuple(name, list(annotations), defaults=defaults or None,
                                      module=ns.get('__module__'))
        cls.__annotations__ = dict(annotations)
        # the body's methods, docstring and other attributes join the class, as typing.py sets them
        for key, value in ns.items():
            if key in ('_make', '_replace', '_asdict', '_source', '__new__', '__init__', '__slots__',
                       '_fields', '_field_defaults'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ('__module__', '__name__', '__annotations__', '__qualname__') and key not in annotations:
                setattr(cls, key, value)
        return cls


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        pairs = list(fields) if fields is not None else list(kwargs.items())
        return _collections.namedtuple(typename, [f for f, _ in pairs])


class TypedDict:
    """class Config(TypedDict): its instances are plain dicts."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)
