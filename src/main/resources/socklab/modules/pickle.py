"""socklab's pickle: the bytes CPython 3.11's _pickle writes, protocols 0 to 5, and loads of them.

Written for socklab from the pickle protocol as CPython documents it (pickletools lists every
opcode): ints in the smallest opcode that holds them, a memo so shared and cyclic objects are
written once, lists and dicts in batches of 1000, frames of about 64 KiB from protocol 4 on, and
instances of a learner's classes by module and qualified name with their state. It runs as
CPython's C accelerator does, so its frames never show in a traceback. find_class reaches only
names of modules the program can import.
"""
import struct as _struct
from io import BytesIO as _BytesIO

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'

_BATCHSIZE = 1000
_BYTES = [bytes([i]) for i in range(256)]
_DOUBLE = _struct.Struct('>d').pack
_UNPACK_DOUBLE = _struct.Struct('>d').unpack
_FRAME_TARGET = 64 * 1024

# Names protocols 0-2 write in Python 2's spelling, as fix_imports does (CPython's _compat_pickle),
# and read back: the modules and names socklab has.
_TO_PY2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'socketserver': 'SocketServer',
           '_thread': 'thread', '_functools': 'functools', '_pickle': 'pickle'}
_FROM_PY2 = {v: k for k, v in _TO_PY2.items()}
_NAMES_TO_PY2 = {'range': ('__builtin__', 'xrange'), 'chr': ('__builtin__', 'unichr'),
                 'str': ('__builtin__', 'unicode'), 'int': ('__builtin__', 'long'),
                 'zip': ('itertools', 'izip'), 'map': ('itertools', 'imap'), 'filter': ('itertools', 'ifilter'),
                 'ModuleNotFoundError': ('exceptions', 'ImportError')}
_PY3_ONLY_ERRORS = {'BaseExceptionGroup', 'BlockingIOError', 'EncodingWarning', 'ExceptionGroup',
                    'RecursionError', 'ResourceWarning', 'StopAsyncIteration'}
_NAMES_FROM_PY2 = {py2: ('builtins', name) for name, py2 in _NAMES_TO_PY2.items() if py2[0] != 'exceptions'}
_NAMES_FROM_PY2.update({('__builtin__', 'basestring'): ('builtins', 'str'),
                        ('__builtin__', 'reduce'): ('functools', 'reduce'),
                        ('exceptions', 'StandardError'): ('builtins', 'Exception')})


def _py2_name(obj, module, name):
    if module != 'builtins':
        return _TO_PY2.get(module, module), name
    if name in _NAMES_TO_PY2:
        return _NAMES_TO_PY2[name]
    if isinstance(obj, type) and issubclass(obj, BaseException) and name not in _PY3_ONLY_ERRORS:
        return 'exceptions', 'OSError' if issubclass(obj, OSError) else name
    return '__builtin__', name


def _py3_name(module, name):
    if (module, name) in _NAMES_FROM_PY2:
        return _NAMES_FROM_PY2[(module, name)]
    if module == 'exceptions':
        return 'builtins', name
    return _FROM_PY2.get(module, module), name


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    base.__init__(obj, state)
    return obj


def _encode(text, encoding='utf-8'):
    return text.encode(encoding)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


_reconstructor.__module__ = 'copyreg'
__newobj__.__module__ = 'copyreg'
_encode.__module__ = '_codecs'
_encode.__qualname__ = 'encode'
_reconstructor.__qualname__ = '_reconstructor'
# Functions CPython's copyreg and _codecs provide and pickles name; socklab has them here.
_HELPERS = {('copyreg', '_reconstructor'): _reconstructor, ('copyreg', '__newobj__'): __newobj__,
            ('_codecs', 'encode'): _encode}


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
    return protocol


def _encode_long(x):
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _escape_text(text):
    """Protocol 0's UNICODE argument: raw-unicode-escape with the line-breaking characters escaped."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '\\\x00\n\r\x1a':
            out.append('\\u%04x' % code)
        elif code < 0x100:
            out.append(ch)
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            out.append('\\U%08x' % code)
    return ''.join(out).encode('latin-1')


def _unescape_text(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '\\' and i + 1 < len(text) and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _user_object(obj):
    return hasattr(obj, '__dict__') and not isinstance(obj, (type, type(len), type(_encode), type(_struct)))


def _own_method(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in vars(klass):
            return getattr(klass, name)
    return None


def _slot_names(cls):
    """The slots a learner's class and its bases declare (copyreg's _slotnames), in that order."""
    names = []
    for klass in cls.__mro__:
        if klass is object:
            break
        declared = vars(klass).get('__slots__', ())
        for name in (declared,) if isinstance(declared, str) else declared:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _type_name(obj):
    cls = type(obj)
    module = cls.__module__
    # socket.socket refuses by its own __getstate__, which names the class alone.
    if module in ('builtins', '__main__', 'socket') or module is None:
        return cls.__qualname__
    return module + '.' + cls.__qualname__


def _shared_by_value(text):
    """CPython's equal short strings, names and one-character ones, are mostly one object
    (interned or cached), so the memo remembers them by value; other objects by identity."""
    return len(text) < 2 or text.isidentifier()


def _lookup(module_name, qualname):
    obj = __import__(module_name)
    for part in module_name.split('.')[1:]:
        obj = getattr(obj, part)
    for part in qualname.split('.') if qualname else ():
        obj = getattr(obj, part)
    return obj


def _reduce_ordered(obj, proto):
    state = getattr(obj, '__dict__', None) or None
    return type(obj), (), state, None, iter(obj.items())


def _reduce_defaultdict(obj, proto):
    factory = (obj.default_factory,) if obj.default_factory is not None else ()
    return type(obj), factory, None, None, iter(obj.items())


def _reduce_deque(obj, proto):
    args = ((), obj.maxlen) if obj.maxlen is not None else ()
    return type(obj), args, None, iter(obj)


def _reduce_counter(obj, proto):
    return type(obj), (dict(obj),)


def _reduce_datetime(dt, proto):
    us = dt.microsecond
    # The fold bit travels from protocol 4 on only, as in CPython.
    state = bytes([dt.year >> 8, dt.year & 255, dt.month | (128 if dt.fold and proto > 3 else 0), dt.day, dt.hour, dt.minute,
                   dt.second, us >> 16, us >> 8 & 255, us & 255])
    return type(dt), (state,) if dt.tzinfo is None else (state, dt.tzinfo)


def _reduce_time(t, proto):
    us = t.microsecond
    state = bytes([t.hour | (128 if t.fold and proto > 3 else 0), t.minute, t.second, us >> 16, us >> 8 & 255, us & 255])
    return type(t), (state,) if t.tzinfo is None else (state, t.tzinfo)


def _reduce_timezone(tz, proto):
    offset = tz.utcoffset(None)
    name = tz.tzname(None)
    import datetime
    # A timezone made without a name shows the one it makes up; only a given name is pickled.
    unnamed = datetime.timezone(offset)
    return type(tz), (offset,) if name == unnamed.tzname(None) or tz is datetime.timezone.utc else (offset, name)


def _from_state(cls, args):
    """datetime, date and time from the bytes their pickles hold (CPython's constructors take them)."""
    b = args[0]
    tz = args[1] if len(args) > 1 else None
    name = cls.__name__
    if name == 'date':
        return cls(b[0] * 256 + b[1], b[2], b[3])
    if name == 'time':
        return cls(b[0] & 127, b[1], b[2], b[3] << 16 | b[4] << 8 | b[5], tz, fold=b[0] >> 7)
    return cls(b[0] * 256 + b[1], b[2] & 127, b[3], b[4], b[5], b[6], b[7] << 16 | b[8] << 8 | b[9], tz,
               fold=b[2] >> 7)


# The reduce values of built-in types that learners' messages carry, by their dotted names.
_BUILTIN_REDUCE = {
    'builtins.complex': lambda z, proto: (complex, (z.real, z.imag)),
    'builtins.range': lambda r, proto: (range, (r.start, r.stop, r.step)),
    'builtins.slice': lambda s, proto: (slice, (s.start, s.stop, s.step)),
    'collections.OrderedDict': _reduce_ordered,
    'collections.defaultdict': _reduce_defaultdict,
    'collections.deque': _reduce_deque,
    'collections.Counter': _reduce_counter,
    'datetime.datetime': _reduce_datetime,
    'datetime.date': lambda d, proto: (type(d), (bytes([d.year >> 8, d.year & 255, d.month, d.day]),)),
    'datetime.time': _reduce_time,
    'datetime.timedelta': lambda td, proto: (type(td), (td.days, td.seconds, td.microseconds)),
    'datetime.timezone': _reduce_timezone,
}


_SINGLETON_TYPES = {type(None): None, type(Ellipsis): Ellipsis, type(NotImplemented): NotImplemented}


class Pickler:
    """Writes objects to a binary file as the pickle protocol says."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _protocol(protocol)
        if not hasattr(file, 'write'):
            raise TypeError("file must have a 'write' attribute")
        self._file = file
        self.fix_imports = fix_imports and self.proto < 3
        self.bin = self.proto >= 1
        self.memo = {}
        self.fast = 0
        self._str_keys = {}

    def clear_memo(self):
        self.memo = {}

    def dump(self, obj):
        # Output gathers as chunks joined at the end: appending to one growing bytearray costs more.
        self._out = []
        self._framing = self.proto >= 4
        self._frame = []
        self._frame_len = 0
        if self.proto >= 2:
            self._out.append(b'\x80' + _BYTES[self.proto])
        self.save(obj)
        self.write(b'.')
        self._commit()
        self._file.write(b''.join(self._out))
        self._out = self._frame = None

    # The output: frames from protocol 4 on, as _pickle commits them.

    def write(self, data):
        if self._framing:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._out.append(data)

    def _commit(self):
        if self._frame_len:
            if self._frame_len >= 4:
                self._out.append(b'\x95' + self._frame_len.to_bytes(8, 'little'))
            self._out.extend(self._frame)
            self._frame = []
            self._frame_len = 0

    def _write_large(self, header, data):
        """A payload of a frame's size or more goes outside frames."""
        if self._framing and len(data) >= _FRAME_TARGET:
            self._commit()
            self._out.append(header)
            self._out.append(data)
        else:
            self.write(header + data)

    # The memo.

    def _memo_key(self, obj):
        cls = type(obj)
        if cls is str:
            key = self._str_keys.get(obj)
            if key is None:
                key = self._str_keys[obj] = ('s', obj) if _shared_by_value(obj) else False
            return key or id(obj)
        if cls is bytes and len(obj) < 2:
            return ('b', obj)
        return id(obj)

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(b'\x94')
        elif self.bin:
            self.write(b'q' + _BYTES[idx] if idx < 256 else b'r' + idx.to_bytes(4, 'little'))
        else:
            self.write(b'p%d\n' % idx)
        self.memo[self._memo_key(obj)] = (idx, obj)

    def _get(self, idx):
        if self.bin:
            self.write(b'h' + _BYTES[idx] if idx < 256 else b'j' + idx.to_bytes(4, 'little'))
        else:
            self.write(b'g%d\n' % idx)

    def save(self, obj):
        self._save(obj)
        if self._frame_len >= _FRAME_TARGET:
            self._commit()

    def _save(self, obj):
        if obj is None:
            self.write(b'N')
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self.write(b'\x88' if obj else b'\x89')
            else:
                self.write(b'I01\n' if obj else b'I00\n')
            return
        cls = type(obj)
        if cls is int:
            self.save_long(obj)
            return
        if cls is float:
            if self.bin:
                self.write(b'G' + _DOUBLE(obj))
            else:
                self.write(b'F' + repr(obj).encode('ascii') + b'\n')
            return
        known = self.memo.get(self._memo_key(obj))
        if known is not None:
            self._get(known[0])
            return
        save = self._dispatch.get(cls)
        if save is not None:
            save(self, obj)
        elif isinstance(obj, type) and obj in _SINGLETON_TYPES:
            self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
        elif obj is Ellipsis or obj is NotImplemented:
            self.save_global(obj, repr(obj))
        elif isinstance(obj, type) or callable(obj) and not _user_object(obj):
            self.save_global(obj)
        else:
            self.save_instance(obj)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self.write(b'I%d\n' % obj)
            elif 0 <= obj <= 0xff:
                self.write(b'K' + _BYTES[obj])
            elif 0 <= obj <= 0xffff:
                self.write(b'M' + obj.to_bytes(2, 'little'))
            else:
                self.write(b'J' + obj.to_bytes(4, 'little', signed=True))
        elif self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(b'\x8a' + _BYTES[len(data)] + data)
            else:
                self.write(b'\x8b' + len(data).to_bytes(4, 'little', signed=True) + data)
        else:
            self.write(b'L%dL\n' % obj)

    def save_str(self, obj):
        self._write_str(obj)
        self.memoize(obj)

    def _write_str(self, obj):
        if not self.bin:
            self.write(b'V' + _escape_text(obj) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write_large(b'\x8c' + _BYTES[n], data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(b'\x8d' + n.to_bytes(8, 'little'), data)
            else:
                self._write_large(b'X' + n.to_bytes(4, 'little'), data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._write_large(b'C' + _BYTES[n], obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(b'\x8e' + n.to_bytes(8, 'little'), obj)
        else:
            self._write_large(b'B' + n.to_bytes(4, 'little'), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_large(b'\x96' + len(obj).to_bytes(8, 'little'), bytes(obj))
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self.write(b')' if self.bin else b'(t')
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            known = self.memo.get(self._memo_key(obj))
            if known is not None:
                self.write(b'0' * n)
                self._get(known[0])
            else:
                self.write(b'\x85\x86\x87'[n - 1:n])
                self.memoize(obj)
            return
        self.write(b'(')
        for item in obj:
            self.save(item)
        known = self.memo.get(self._memo_key(obj))
        if known is not None:
            self.write(b'1' if self.bin else b'0' * (n + 1))
            self._get(known[0])
            return
        self.write(b't')
        self.memoize(obj)

    def save_list(self, obj):
        self.write(b']' if self.bin else b'(l')
        self.memoize(obj)
        self._batch(obj, self.save, b'a', b'e', exact=True)

    def save_dict(self, obj):
        self.write(b'}' if self.bin else b'(d')
        self.memoize(obj)
        self._batch(list(obj.items()), self._save_pair, b's', b'u', exact=True)

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _batch(self, items, save_item, one, many, exact):
        """Items in batches of 1000, as _pickle writes them: an exact list or dict of one item
        takes the one-item opcode, and so does any lone last item a reduce value lists."""
        items = list(items)
        if not self.bin or exact and len(items) == 1:
            for item in items:
                save_item(item)
                self.write(one)
            return
        for start in range(0, len(items), _BATCHSIZE):
            batch = items[start:start + _BATCHSIZE]
            if not exact and len(batch) == 1:
                save_item(batch[0])
                self.write(one)
                continue
            self.write(b'(')
            for item in batch:
                save_item(item)
            self.write(many)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(b'\x8f')
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(b'(')
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(b'\x90')

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(b'(')
        for item in obj:
            self.save(item)
        known = self.memo.get(self._memo_key(obj))
        if known is not None:
            self.write(b'1')
            self._get(known[0])
            return
        self.write(b'\x91')
        self.memoize(obj)

    _dispatch = {str: save_str, bytes: save_bytes, bytearray: save_bytearray, tuple: save_tuple,
                 list: save_list, dict: save_dict, set: save_set, frozenset: save_frozenset}

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        module_name = getattr(obj, '__module__', None)
        if module_name is None:
            module_name = '__main__' if isinstance(obj, type) or hasattr(obj, '__code__') else 'builtins'
        if '<locals>' in name:
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            found = _HELPERS.get((module_name, name)) or _lookup(module_name, name)
        except (ImportError, AttributeError):
            found = None
            missing = True
        else:
            missing = False
        if missing:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            if name == module_name:
                # A C type's name (datetime.datetime) is a string of its own in CPython, not the module's.
                self._write_str(name)
                idx = len(self.memo)
                self.write(b'\x94')
                self.memo[('fresh', idx)] = (idx, name)
            else:
                self.save(name)
            self.write(b'\x93')
        else:
            if self.fix_imports:
                module_name, name = _py2_name(obj, module_name, name)
            self.write(b'c' + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def save_instance(self, obj):
        cls = type(obj)
        reduce_ex = _own_method(cls, '__reduce_ex__')
        if reduce_ex is not None:
            value = reduce_ex(obj, self.proto)
        else:
            reduce = _own_method(cls, '__reduce__')
            if reduce is not None:
                value = reduce(obj)
            else:
                value = self._default_reduce(obj)
        if isinstance(value, str):
            self.save_global(obj, value)
            return
        if not isinstance(value, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(value) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*value, obj=obj)

    def _default_reduce(self, obj):
        """What object.__reduce_ex__ gives for an instance of a learner's class, or what the
        built-in type's own __reduce__ gives."""
        cls = type(obj)
        builtin = _BUILTIN_REDUCE.get(cls.__module__ + '.' + cls.__qualname__)
        for klass in cls.__mro__:
            builtin = builtin or _BUILTIN_REDUCE.get(klass.__module__ + '.' + klass.__qualname__)
        if builtin is not None:
            return builtin(obj, self.proto)
        if isinstance(obj, BaseException):
            state = getattr(obj, '__dict__', None)
            return (cls, obj.args, state) if state else (cls, obj.args)
        slots = _slot_names(cls)
        if not _user_object(obj) and not isinstance(obj, tuple) and not slots:
            raise TypeError("cannot pickle %r object" % (_type_name(obj),))
        getstate = _own_method(cls, '__getstate__')
        if getstate is not None:
            state = getstate(obj)
        else:
            if slots and self.proto < 2:
                raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
            state = getattr(obj, '__dict__', None) or None
            if slots:
                values = {name: getattr(obj, name) for name in slots if hasattr(obj, name)}
                # socklab keeps a slot of a class with a __dict__ in that dict; CPython does not.
                state = {k: v for k, v in state.items() if k not in values} or None if state else None
                if values:
                    state = (state, values)
        if self.proto >= 2:
            newargs = _own_method(cls, '__getnewargs__')
            if newargs is not None:
                args = (cls,) + tuple(newargs(obj))
            else:
                # A namedtuple's __getnewargs__ gives its items.
                args = (cls,) + (tuple(obj) if isinstance(obj, tuple) else ())
            listitems = iter(obj) if isinstance(obj, list) else None
            dictitems = iter(obj.items()) if isinstance(obj, dict) else None
            return __newobj__, args, state, listitems, dictitems
        base = object
        for klass in cls.__mro__:
            if klass in (int, float, str, bytes, tuple, list, dict, set, frozenset):
                base = klass
                break
        return _reconstructor, (cls, base, None if base is object else base(obj)), state

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        if self.proto >= 2 and getattr(func, '__name__', '') == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not type(obj):
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self.write(b'\x81')
        else:
            self.save(func)
            self.save(args)
            self.write(b'R')
        if obj is not None:
            known = self.memo.get(self._memo_key(obj))
            if known is not None:
                self.write(b'0')
                self._get(known[0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch(listitems, self.save, b'a', b'e', exact=False)
        if dictitems is not None:
            self._batch(dictitems, self._save_pair, b's', b'u', exact=False)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(b'b')
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(b'\x86R0')


class Unpickler:
    """Reads back the objects a pickle's opcodes build."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        self._file = file
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self._frame = None
        self._at = 0

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            at = self._at
            if at + n <= len(frame):
                self._at = at + n
                return frame[at:at + n]
            if at < len(frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self._frame = None
        data = self._file.read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            end = frame.find(b'\n', self._at)
            if end >= 0:
                line = frame[self._at:end + 1]
                self._at = end + 1
                return line
            if self._at < len(frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self._frame = None
        line = self._file.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def _opcode(self):
        frame = self._frame
        if frame is not None:
            if self._at < len(frame):
                self._at += 1
                return frame[self._at - 1]
            self._frame = None
        key = self._file.read(1)
        if not key:
            raise EOFError('Ran out of input')
        return key[0]

    def load(self):
        self._stack = []
        self._marks = []
        self._proto = 0
        dispatch = self._dispatch
        while True:
            code = self._opcode()
            if code == 46:
                return self._pop()
            step = dispatch.get(code)
            if step is None:
                shown = chr(code) if 0x20 <= code <= 0x7e and code not in b"'\\" else '\\x%02x' % code
                raise UnpicklingError("invalid load key, '%s'." % shown)
            step(self)

    def find_class(self, module, name):
        if self._proto < 3 and self.fix_imports:
            module, name = _py3_name(module, name)
        helper = _HELPERS.get((module, name))
        if helper is not None:
            return helper
        found = _lookup(module, '')
        try:
            return _lookup(module, name)
        except AttributeError:
            failed = True
        if failed:
            raise AttributeError("Can't get attribute %r on %r" % (name, found))

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load function was specified.')

    # The stack.

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError('could not find MARK')
        at = self._marks.pop()
        items = self._stack[at:]
        del self._stack[at:]
        return items

    def _pop(self):
        if not self._stack or self._marks and len(self._stack) <= self._marks[-1]:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack[-1]

    def load_pop(self):
        if self._stack and not (self._marks and len(self._stack) <= self._marks[-1]):
            self._stack.pop()
        elif self._marks:
            self._pop_mark()
        else:
            raise UnpicklingError('unpickling stack underflow')

    def _push(self, value):
        self._stack.append(value)

    def _int_line(self):
        return int(self._readline()[:-1])

    def _memo_get(self, idx):
        if idx not in self.memo:
            raise UnpicklingError('Memo value not found at index %d' % idx)
        self._push(self.memo[idx])

    def _text(self, data):
        return data.decode('utf-8', 'surrogatepass')

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self._proto = proto

    def load_frame(self):
        size = _struct.unpack('<Q', self._read(8))[0]
        if self._frame is not None and self._at < len(self._frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        self._frame = self._file.read(size)
        self._at = 0
        if len(self._frame) < size:
            raise UnpicklingError('pickle data was truncated')

    def load_int(self):
        line = self._readline()[:-1]
        if line == b'00':
            self._push(False)
        elif line == b'01':
            self._push(True)
        else:
            self._push(int(line))

    def load_long_text(self):
        line = self._readline()[:-1]
        self._push(int(line[:-1] if line.endswith(b'L') else line))

    def load_long_n(self, width):
        n = int.from_bytes(self._read(width), 'little', signed=width == 4)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self._push(int.from_bytes(self._read(n), 'little', signed=True))

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self._push(self._decode_string(_unquote(data)))

    def load_sized(self, width, make):
        n = int.from_bytes(self._read(width), 'little')
        self._push(make(self, self._read(n)))

    def load_global(self):
        module = self._text(self._readline()[:-1])
        name = self._text(self._readline()[:-1])
        self._push(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self._push(self.find_class(module, name))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if args and type(args[0]) is bytes and getattr(func, '__module__', None) == 'datetime':
            self._push(_from_state(func, args))
        else:
            self._push(func(*args))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if issubclass(cls, tuple) and hasattr(cls, '_make'):
            # socklab's namedtuple classes make their instances through _make, not tuple.__new__.
            self._push(cls._make(args))
        else:
            self._push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            for k, v in state.items():
                object.__setattr__(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_inst(self):
        module = self._text(self._readline()[:-1])
        name = self._text(self._readline()[:-1])
        cls = self.find_class(module, name)
        self._push(cls(*self._pop_mark()))

    def load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._push(cls(*args))

    def load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if type(target) is list:
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_put(self, idx):
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    def load_tuple_n(self, n):
        if len(self._stack) < n:
            raise UnpicklingError('unpickling stack underflow')
        items = tuple(self._stack[len(self._stack) - n:])
        del self._stack[len(self._stack) - n:]
        self._push(items)

    # The opcodes most pickles are made of, each in one step (the generic ones go through helpers).

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def load_memoize(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        self.memo[len(self.memo)] = self._stack[-1]

    def load_binint1(self):
        self._stack.append(self._read(1)[0])

    def load_binget(self):
        idx = self._read(1)[0]
        if idx not in self.memo:
            raise UnpicklingError('Memo value not found at index %d' % idx)
        self._stack.append(self.memo[idx])

    def load_mark(self):
        self._marks.append(len(self._stack))

    _dispatch = {
        ord('('): load_mark,
        ord('0'): lambda self: self.load_pop(),
        ord('1'): lambda self: self._pop_mark(),
        ord('2'): lambda self: self._push(self._top()),
        ord('N'): lambda self: self._push(None),
        0x88: lambda self: self._push(True),
        0x89: lambda self: self._push(False),
        0x80: load_proto,
        0x95: load_frame,
        ord('I'): load_int,
        ord('J'): lambda self: self._push(_struct.unpack('<i', self._read(4))[0]),
        ord('K'): load_binint1,
        ord('M'): lambda self: self._push(_struct.unpack('<H', self._read(2))[0]),
        ord('L'): load_long_text,
        0x8a: lambda self: self.load_long_n(1),
        0x8b: lambda self: self.load_long_n(4),
        ord('F'): lambda self: self._push(float(self._readline()[:-1])),
        ord('G'): lambda self: self._stack.append(_UNPACK_DOUBLE(self._read(8))[0]),
        ord('S'): load_string,
        ord('T'): lambda self: self.load_sized(4, lambda u, d: u._decode_string(d)),
        ord('U'): lambda self: self.load_sized(1, lambda u, d: u._decode_string(d)),
        ord('V'): lambda self: self._push(_unescape_text(self._readline()[:-1])),
        ord('X'): lambda self: self.load_sized(4, lambda u, d: u._text(d)),
        0x8c: load_short_binunicode,
        0x8d: lambda self: self.load_sized(8, lambda u, d: u._text(d)),
        ord('B'): lambda self: self.load_sized(4, lambda u, d: bytes(d)),
        ord('C'): lambda self: self.load_sized(1, lambda u, d: bytes(d)),
        0x8e: lambda self: self.load_sized(8, lambda u, d: bytes(d)),
        0x96: lambda self: self.load_sized(8, lambda u, d: bytearray(d)),
        ord(')'): lambda self: self._push(()),
        ord('t'): lambda self: self._push(tuple(self._pop_mark())),
        0x85: lambda self: self.load_tuple_n(1),
        0x86: lambda self: self.load_tuple_n(2),
        0x87: lambda self: self.load_tuple_n(3),
        ord(']'): lambda self: self._stack.append([]),
        ord('l'): lambda self: self._push(self._pop_mark()),
        ord('}'): lambda self: self._stack.append({}),
        ord('d'): lambda self: self._push(_pairs_dict(self._pop_mark())),
        0x8f: lambda self: self._push(set()),
        0x91: lambda self: self._push(frozenset(self._pop_mark())),
        ord('a'): lambda self: _append(self, self._pop()),
        ord('e'): load_appends,
        ord('s'): lambda self: _setitem(self, self._pop(), self._pop()),
        ord('u'): load_setitems,
        0x90: load_additems,
        ord('c'): load_global,
        0x93: load_stack_global,
        ord('R'): load_reduce,
        0x81: load_newobj,
        0x92: load_newobj_ex,
        ord('b'): load_build,
        ord('i'): load_inst,
        ord('o'): load_obj,
        ord('g'): lambda self: self._memo_get(self._int_line()),
        ord('h'): load_binget,
        ord('j'): lambda self: self._memo_get(_struct.unpack('<I', self._read(4))[0]),
        ord('p'): lambda self: self.load_put(self._int_line()),
        ord('q'): lambda self: self.load_put(self._read(1)[0]),
        ord('r'): lambda self: self.load_put(_struct.unpack('<I', self._read(4))[0]),
        0x94: load_memoize,
        ord('P'): lambda self: self._push(self.persistent_load(self._text(self._readline()[:-1]))),
        ord('Q'): lambda self: self._push(self.persistent_load(self._pop())),
        0x97: lambda self: self._push(self._pop()),
        0x98: lambda self: self._push(self._pop()),
    }


def _append(unpickler, value):
    unpickler._top().append(value)


def _setitem(unpickler, value, key):
    unpickler._top()[key] = value


def _pairs_dict(items):
    return {items[i]: items[i + 1] for i in range(0, len(items), 2)}


def _unquote(data):
    """STRING's argument, a Python 2 repr: undo its backslash escapes."""
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11, ord('0'): 0}
    while i < len(data):
        c = data[i]
        if c == 92 and i + 1 < len(data):
            nxt = data[i + 1]
            if nxt == ord('x'):
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if nxt in simple:
                out.append(simple[nxt])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors).load()
