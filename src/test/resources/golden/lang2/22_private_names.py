class B:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self._z = 3
    def get(self):
        return self.__x
    def missing(self):
        return self.__nope
    def drop(self):
        del self.__x

class C(B):
    def __init__(self, __p=10):
        super().__init__()
        self.__x = __p
    def mine(self):
        return self.__x
    def __hidden(self, *, __k=2):
        return __k
    def call(self):
        return self.__hidden(_C__k=5)

c = C()
vars(c)
c.get(), c.mine(), c._B__x, c._C__x
c.missing()
c.__x
getattr(c, '__x')
getattr(c, '_B__x'), hasattr(c, '__x')
C(_C__p=7).mine()
C(__p=7)
c.call()
C._C__hidden.__name__, C._C__hidden.__qualname__
[n for n in dir(C) if 'hidden' in n]
c.drop()
c.get()
c.__dict__
class S:
    __slots__ = ('__s', 'x')
    __a: int
    def __init__(self):
        self.__s = 's'
    def set_global(self):
        global __g
        __g = 'global'
        return __g

S.__slots__, S._S__s
S().__s
S()._S__s
S.__annotations__
S().set_global(), _S__g
class T:
    __slots__ = ('__t',)
    _T__t = 1

class ___:
    __q = 1

'__q' in vars(___)
class _Outer:
    __q = 1
    import math as __m
    lam = lambda self, __a=1: __a
    def f(self):
        __local = 5
        def g():
            return __local
        class Inner:
            __w = 1
            def h(s):
                return s.__w
        return g(), Inner().h(), sorted(k for k in vars(Inner) if k.startswith('_Inner'))
    def comp(self):
        return [__i * 2 for __i in range(3)]
    def undefined(self):
        return __nothing

sorted(k for k in vars(_Outer) if not k.startswith('__'))
_Outer().f()
_Outer().lam(_Outer__a=4)
_Outer().comp()
_Outer().undefined()
