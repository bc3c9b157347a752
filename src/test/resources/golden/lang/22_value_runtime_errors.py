# about: ValueError, ZeroDivisionError, RecursionError, UnboundLocalError, assert, import errors
int('x')
int('12.5')
int([])
float('x')
1 / 0
10 % 0
divmod(1, 0)
def f():
    return f()

f()
def g():
    print(v)
    v = 1

g()
assert 1 == 2, 'one is not two'
assert False
assert True
x = 1
x.append(2)
[1, 2].index(5)
import nosuchmodule
from nosuchmodule import x
hash([])
iter(5)
next(iter([]))
int('5', 1)
'abc'.index('z')
chr('a')
ord('ab')
sum(['a', 'b'])
max([])
del undefined_name
