'ab'.__len__(), 'a'.__add__('b'), (1).__add__(2), int.__add__(1, 2), (7).__radd__(1)
(1).__add__('a'), 'a'.__eq__(1), (1).__eq__(1), (1).__lt__(2), (1).__lt__('x')
it = [10, 20].__iter__()
it.__next__(), next(it)
it.__next__()
d = {'k': 5}
d.__getitem__('k'), d.__contains__('k'), d.__len__(), d.__repr__()
'x'.__repr__(), 'x'.__str__(), (5).__repr__(), (5).__hash__() == hash(5), b'ab'.__getitem__(0)
[].__hash__
[].__hash__()
[1].__eq__([1]), [1].__ne__([2]), [1].__eq__(1), (1, 2).__hash__() == hash((1, 2))
str.__len__('abc'), list.__len__([1]), (3.5).__neg__(), (2).__bool__(), float.__add__(1.5, 2.5)
sorted([3, 1, 2], key=int.__neg__), list(map(str.upper, ['a', 'b']))
int.__add__, object.__init__, str.__len__
class A: pass

a, b = A(), A()
a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__hash__() == hash(a), object.__eq__(a, a), A.__str__(a) == repr(a)
NotImplemented, type(NotImplemented)
class Vec:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Vec) and other.x == self.x
    def __hash__(self):
        return hash(self.x)
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x)
    def __repr__(self):
        return 'Vec(%r)' % self.x

Vec(1) == Vec(1), Vec(1).__eq__(Vec(2)), Vec(1) + Vec(2), Vec(1).__add__(3), len({Vec(1), Vec(1)})
Vec(1) + 3
'a'.__add__()
(1).__add__(1, 2)
int.__add__('a', 1)
int.__add__()
'a'.__len__(1)
(1).__eq__(x=2)
str.upper(1)
str.upper()
object.__setattr__(a, 'x')
object.__setattr__(a, 'x', 5)
a.x, object.__getattribute__(a, 'x')
object.__delattr__(a, 'x')
a.__dict__
class Slot:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)

s = Slot()
s.v = 21
s.v
(1).__class__, 'a'.__class__.__name__, [].__class__, A().__class__, A.__init__ is object.__init__, A.__new__ is object.__new__
class Base:
    port = 80
    def serve(self): pass

class Child(Base):
    def stop(self): pass

dir(Child)
c = Child()
c.host = 'h'
[n for n in dir(c) if not n.startswith('__')], '__dict__' in dir(c)
class Table(dict):
    def lookup(self): pass

[n for n in dir(Table()) if n not in dir({})], [n for n in dir(Table) if n not in dir(dict)], dir(int) == dir(5)
