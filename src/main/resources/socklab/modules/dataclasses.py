"""Data classes: __init__, __repr__, __eq__, ordering and hashing made from a class's annotated fields.

The statements a traceback quotes sit on the lines they have in CPython 3.11's dataclasses.py, and
its functions on the way to them have CPython's names, so such a traceback shows CPython's frames.
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', self.type)


class Field:
    """One field of a data class, as field() describes it and fields() reports it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only))


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _values(obj, which):
    return tuple(getattr(obj, f.name) for f in which)







































































































































































































































































































def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its annotation: a default factory, or leaving it out of init, repr or comparisons."""















    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)
























def _init_source(cls, all_fields, frozen, has_post_init):
    """The source of __init__, written out so that its argument errors are Python's own."""
    params = []
    kw_params = []
    body = []
    for f in all_fields:
        value = f.name
        if f.init:
            if f.default is MISSING and f.default_factory is MISSING:
                param = f.name
            elif f.default_factory is not MISSING:
                param = '%s=_HAS_FACTORY' % f.name
                value = '_factory_%s() if %s is _HAS_FACTORY else %s' % (f.name, f.name, f.name)
            else:
                param = '%s=_default_%s' % (f.name, f.name)
            (kw_params if f.kw_only else params).append(param)
        elif f.default_factory is not MISSING:
            value = '_factory_%s()' % f.name
        elif f.default is not MISSING:
            value = '_default_%s' % f.name
        else:
            continue
        if frozen:
            body.append('        object.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('        self.%s = %s' % (f.name, value))
    if has_post_init:
        body.append('        self.__post_init__()')
    signature = ['self'] + params + (['*'] + kw_params if kw_params else [])
    return ('class %s:\n    def __init__(%s):\n%s\n'
            % (cls.__name__, ', '.join(signature), '\n'.join(body) or '        pass'))




















































































def _init_fn(fields, frozen, has_post_init, cls):
    """Makes cls.__init__ from the fields, refusing a field without default after one with."""
    seen_default = False
    for f in fields:
        if f.init and not f.kw_only:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True









            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    namespace = {'_HAS_FACTORY': MISSING, 'object': object}
    for f in fields:
        namespace['_default_' + f.name] = f.default
        namespace['_factory_' + f.name] = f.default_factory
    exec(_init_source(cls, fields, frozen, has_post_init), namespace)
    cls.__init__ = namespace[cls.__name__].__dict__['__init__']














































def _frozen_get_del_attr(cls, fields):
    """__setattr__ and __delattr__ of a frozen class, made as CPython makes them: from source, in "<string>"."""
    names = tuple(f.name for f in fields)
    source = ('def __create_fn__(cls, FrozenInstanceError, names):\n'
              ' def __setattr__(self, name, value):\n'
              '  if type(self) is cls or name in names:\n'
              '   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n'
              '  super(cls, self).__setattr__(name, value)\n'
              ' def __delattr__(self, name):\n'
              '  if type(self) is cls or name in names:\n'
              '   raise FrozenInstanceError(f"cannot delete field {name!r}")\n'
              '  super(cls, self).__delattr__(name)\n'
              ' return __setattr__, __delattr__\n')
    namespace = {}
    exec(source, namespace)
    cls.__setattr__, cls.__delattr__ = namespace['__create_fn__'](cls, FrozenInstanceError, names)












































































































def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field of one annotated name: its default, or the field() it was given."""
    default = cls.__dict__.get(a_name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = a_name
    f.type = a_type
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only



















































































    if type(f.default) in (list, dict, set):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


































































def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, '__dataclass_fields__', {}).values():
            all_fields[f.name] = f
    cls_fields = []



























































    for name, type in cls.__dict__.get('__annotations__', {}).items():
        if _is_classvar(type):
            continue
        if type is KW_ONLY:
            kw_only = True
            continue
        if True:
            # a field and the name it is bound to in the class body
            cls_fields.append(_get_field(cls, name, type, kw_only))
    for f in cls_fields:
        all_fields[f.name] = f
        default = cls.__dict__.get(f.name, MISSING)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = all_fields
    field_list = list(all_fields.values())
    shown = [f for f in field_list if f.repr]
    compared = [f for f in field_list if f.compare]







































    if order and not eq:
        raise ValueError('eq must be true if order is true')












    if init:
        all_init_fields = field_list
        if True:
            _init_fn(all_init_fields,
                     frozen,
                     hasattr(cls, '__post_init__'), cls)
    if repr:
        def __repr__(self):
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown))
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = __repr__
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, compared) == _values(other, compared)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def comparison(test):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return test(_values(self, compared), _values(other, compared))
                return NotImplemented
            return compare

        cls.__lt__ = comparison(lambda a, b: a < b)
        cls.__le__ = comparison(lambda a, b: a <= b)
        cls.__gt__ = comparison(lambda a, b: a > b)
        cls.__ge__ = comparison(lambda a, b: a >= b)
    if frozen:
        _frozen_get_del_attr(cls, field_list)
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_values(self, hashed))
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    return cls










































































































































def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__ and __eq__ (and more, as asked) to a class from its annotated fields."""













    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)



    if cls is None:
        return wrap



    return wrap(cls)


def fields(class_or_instance):
    """The fields of a data class or of its instance, in order."""
    try:
        found = class_or_instance.__dataclass_fields__






    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())










def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')



def asdict(obj, *, dict_factory=dict):
    """A data class instance as a dict of its fields, data classes inside it converted too."""

















    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def _convert(obj, factory, as_dict):
    if is_dataclass(obj) and not isinstance(obj, type):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in fields(obj)]
        return factory(values) if as_dict else factory(v for _, v in values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return _copy.deepcopy(obj)






























def astuple(obj, *, tuple_factory=tuple):
    """A data class instance as a tuple of its fields' values, data classes inside it converted too."""

















    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)





























def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """A data class made at run time from (name, type[, field]) entries or bare names."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            body[item[0]] = item[2]
    body['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, body), **options)




























































def replace(obj, /, **changes):
    """A new instance of obj's data class with the given fields changed."""
















    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
