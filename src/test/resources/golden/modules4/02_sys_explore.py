import sys
sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof('abc'), sys.getsizeof('é'), sys.getsizeof(b'abc'), sys.getsizeof(()), sys.getsizeof((1, 2))
sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof(None), sys.getsizeof(1.5), sys.getsizeof(True)
sys.getsizeof(set()), sys.getsizeof(bytearray(b'abc'))
sys.excepthook(ValueError, ValueError('bad value'), None)
sys.displayhook(42)
_
sys.displayhook(None)
sys.setrecursionlimit(0)
sys.setrecursionlimit("a")
sys.setrecursionlimit(1)
sys.setrecursionlimit(100)
sys.getrecursionlimit()
def f(n):
    return f(n + 1)

f(0)
sys.setrecursionlimit(1000)
sys.version_info
sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8)
type(sys.version_info)
sys.version_info.major = 4
sys.float_info.max, sys.float_info.epsilon
sys.int_info
sys.maxsize, sys.maxunicode, sys.hexversion
sys.implementation.name, sys.implementation.cache_tag
sys.getdefaultencoding(), sys.getfilesystemencoding()
sys.modules['sys'] is sys
'json' in sys.modules
import json
'json' in sys.modules
sys.modules["json"] is json
type(sys.modules)
sys.intern('abc')
sys.intern(1)
sys.byteorder, sys.platform
sys.flags.interactive, sys.flags.quiet
sys.exit
sys.getrecursionlimit(5)
sys.stdout.write('hi\n')
print('err', file=sys.stderr)
sys.nosuch
sys.exc_info()
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, type(tb))

sys.argv
