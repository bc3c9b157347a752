# Class statements with keywords: metaclass=, __init_subclass__ with class keywords, __set_name__, and their errors.
class A:
    pass
try:
    class B(A, tag=1):
        pass
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name):
        raise ValueError("no")
try:
    class E:
        d = D()
except Exception as e:
    print(type(e), e, repr(e.__cause__))
class M(type):
    pass
class N(type):
    pass
class X(metaclass=M): pass
class Y(metaclass=N): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
print(type(X), type(M), X.__class__, isinstance(X, M), isinstance(X, type))
print(M('Q', (), {'a': 1}).a, type(M('Q', (), {})))
class Base:
    def __init_subclass__(cls, /, flavour=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour
class Sub(Base, flavour='mint'): pass
print(Sub.flavour)
