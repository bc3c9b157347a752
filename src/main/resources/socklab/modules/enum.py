"""socklab's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as CPython 3.11 shows them.

Written for socklab from the behaviour CPython documents: the metaclass turns a class body's plain
attributes into members (instances of the class), keeps them in definition order with aliases for
repeated values, and answers lookups by value (Color(1)) and by name (Color['RED']).

The lines a traceback quotes (a value lookup that fails, an unknown name) sit on the line numbers
they have in CPython 3.11's enum.py, so such a traceback shows the frames CPython shows; the blank
stretches keep them there.
"""
import builtins as bltns
from types import MappingProxyType as _MappingProxyType
__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique']


class auto:
    """Stands for a value the enum class works out: the next int, the next bit, or the name."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_member(name, value):
    if _is_dunder(name) or _is_sunder(name) or name.startswith('_'):
        return False
    return not (callable(value) and not isinstance(value, auto)
                or isinstance(value, (classmethod, staticmethod, bltns.property, property)))


def _data_type(bases):
    """The type mixed in before Enum (int for IntEnum, str for StrEnum), or object."""
    for base in bases:
        for kind in base.__mro__:
            if kind is object or isinstance(kind, EnumType):
                continue
            return kind
    return object

































































































































class property:
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                        '%r has no attribute %r' % (ownerclass, self.name)
                        )
        else:
            if self.fget is None:
                try:
                    return ownerclass._member_map_[self.name]
                except KeyError:
                    raise AttributeError(
                            '%r has no attribute %r' % (ownerclass, self.name)
                            ) from None
            else:
                return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                    "<enum %r> cannot set attribute %r" % (self.clsname, self.name)
                    )
        else:
            return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                    "<enum %r> cannot delete attribute %r" % (self.clsname, self.name)
                    )
        else:
            return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__



class EnumType(type):
    """The class of every enum class: makes the members and answers questions about them."""

    def __new__(metacls, name, bases, namespace, **keywords):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, base))
        names = [key for key, value in namespace.items() if _is_member(key, value)]
        values = [namespace.pop(key) for key in names]
        member_type = _data_type(bases)
        # Enum's own __new__ is the lookup by value; a subclass's __new__ makes its members
        derived = any(isinstance(base, EnumType) for base in bases)
        custom_new = namespace.pop('__new__', None) if derived else None
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_member_type_'] = member_type
        enum_class = super().__new__(metacls, name, bases, namespace, **keywords)
        metacls._keep_enum_methods(enum_class, member_type)
        if derived:
            # a mixed-in type's __new__ (int's) comes before Enum's in the MRO; lookups need Enum's
            enum_class.__new__ = Enum.__dict__['__new__']
        given = []
        init = enum_class.__dict__.get('__init__') or _inherited_init(enum_class)
        for key, value in zip(names, values):
            if isinstance(value, auto):
                value.value = enum_class._generate_next_value_(key, 1, len(given), given[:])
                value = value.value
            given.append(value)
            metacls._add_member(enum_class, key, value, member_type, custom_new, init)
        return enum_class

    @staticmethod
    def _keep_enum_methods(enum_class, member_type):
        """A mixed-in type comes before Enum in the MRO; its repr, str and format must not hide the enum's."""
        enum_bases = [base for base in enum_class.__mro__[1:] if isinstance(base, EnumType)]
        if not enum_bases:
            return
        for method in ('__repr__', '__str__', '__format__'):
            found = getattr(enum_class, method, None)
            if found is getattr(member_type, method, None) or found is getattr(object, method, None):
                setattr(enum_class, method, getattr(enum_bases[0], method))

    @staticmethod
    def _add_member(enum_class, key, value, member_type, custom_new, init):
        args = value if isinstance(value, tuple) else (value,)
        if custom_new is not None:
            member = custom_new(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if member_type is object else member_type(*args)
        member._name_ = key
        if init is not None:
            init(member, *args)
        earlier = EnumType._member_with_value(enum_class, member._value_)
        if earlier is not None:
            member = earlier
        else:
            enum_class._member_names_.append(key)
            try:
                enum_class._value2member_map_[member._value_] = member
            except TypeError:
                pass
        enum_class._member_map_[key] = member
        setattr(enum_class, key, member)

    @staticmethod
    def _member_with_value(enum_class, value):
        """The member already made with this value (the new name is then its alias), or None."""
        try:
            return enum_class._value2member_map_.get(value)
        except TypeError:
            for member in enum_class._member_map_.values():
                if member._value_ == value:
                    return member
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        """Either the member with this value (Color(3)), or a new enum class (Enum('Color', 'RED GREEN'))."""
        if names is None:  # simple value lookup










































































































































































































































































































































































































            return cls.__new__(cls, value)
        return cls._functional(value, names, module, qualname, type, start)

    def _functional(cls, name, names, module, qualname, mixin, start):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = list(names.items()) if isinstance(names, dict) else list(names)
        body = {}
        for index, item in enumerate(items):
            if isinstance(item, str):
                body[item] = start + index if not issubclass(cls, Flag) else 1 << index
            else:
                body[item[0]] = item[1]
        body['__module__'] = module or '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        bases = (mixin, cls) if mixin is not None else (cls,)
        return EnumType.__new__(EnumType, name, bases, body)


    def __iter__(cls):
        return iter([cls._member_map_[key] for key in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[key] for key in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __bool__(cls):
        return True

    @bltns.property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __getattr__(cls, name):
        """The member named name: only a name the class itself lacks gets here."""
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
























            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """The member named name (Color['RED'])."""


        return cls._member_map_[name]

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return "<%s %r>" % (kind, cls.__name__)


EnumMeta = EnumType
Flag = None


def _inherited_init(enum_class):
    """A learner's __init__ from an enum base class, to run on each member with its value's items."""
    for base in enum_class.__mro__[1:]:
        if '__init__' in base.__dict__ and isinstance(base, EnumType) and base.__module__ != __name__:
            return base.__dict__['__init__']
    return None


class Enum(metaclass=EnumType):
    """A set of named constants: each member has a name and a value and is an instance of its class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, protocol):
        return type(self), (self._value_,)

    def __new__(cls, value):
        # members are made while the class is built; this is the lookup by value, Color(3)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))















































































































































































































































































        raise ve_exc


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type; only repr() names the member."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Members that are ints, usable wherever an int is."""


class StrEnum(str, ReprEnum):
    """Members that are strs; auto() gives the lower-cased member name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that are bits, combined with |, & and ^; a combination is a member too."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return 1 << max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        known = 0
        for member in cls:
            known |= member._value_
        if value < 0:
            value &= known
        unknown = value & ~known
        if unknown and cls._member_type_ is object:
            return None
        parts = [member for member in cls if member._value_ & value == member._value_ and member._value_]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        # an IntFlag keeps bits it has no name for, shown after the named ones
        names = [member._name_ for member in parts] + ([str(unknown)] if unknown else [])
        pseudo._name_ = '|'.join(names) if parts else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __iter__(self):
        return iter([member for member in type(self) if member._value_ & self._value_ == member._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        return NotImplemented if value is None else type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        return NotImplemented if value is None else type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        return NotImplemented if value is None else type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        known = 0
        for member in type(self):
            known |= member._value_
        return type(self)(known & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints: combining one with a plain int gives an IntFlag."""

    # int comes before Flag in the MRO: its operators would hide the flag ones.
    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)












































































































































































































































































































def unique(enumeration):
    """A class decorator that refuses an enum with two names for one value."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        found = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, found))
    return enumeration
