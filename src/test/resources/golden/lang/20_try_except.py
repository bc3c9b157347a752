# about: try/except/else/finally order, raise, raise from, bare raise, exception objects
try:
    print('body')
except ValueError:
    print('handler')
else:
    print('else')
finally:
    print('finally')

try:
    print('body')
    int('x')
    print('not reached')
except ValueError as e:
    print('handler', e)
else:
    print('else')
finally:
    print('finally')

try:
    {}['k']
except (IndexError, KeyError) as e:
    print(type(e), e.args, repr(e), str(e))

try:
    raise ValueError('custom message')
except Exception as e:
    print(e)

raise ValueError('bad value')
raise ValueError
raise KeyError('k')
raise TypeError('a', 1)
try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError('wrapped') from e

try:
    1 / 0
except ZeroDivisionError:
    raise ValueError('during')

try:
    [][0]
except IndexError:
    print('re-raising')
    raise

def f():
    try:
        return 'try'
    finally:
        print('cleanup')

f()
e = OSError(111, 'x')
e
str(e)
e.args
e.errno
e.strerror
type(e)
OSError('plain')
str(OSError('plain'))
OSError(2, 'No such file or directory')
OSError(999, 'odd')
str(OSError(999, 'odd'))
repr(ZeroDivisionError('division by zero'))
str(KeyError('k'))
KeyError('k').args
e2 = ValueError('v')
e2.args
isinstance(e2, Exception)
issubclass(KeyError, LookupError)
issubclass(ConnectionRefusedError, OSError)
try:
    raise
except RuntimeError as e:
    print(e)

raise 5
