class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
p.x, p.y
p.z = 3
p.__dict__
del p.x
p.x
del p.x
P.__slots__
P.x
class Q(P):
    pass

q = Q(1, 2)
q.z = 3
q.z
class R(P):
    __slots__ = 'w'

r = R(1, 2)
r.w = 5
r.w
r.v = 1
class S:
    __slots__ = ['a', 'a']

class T:
    __slots__ = 5

class U:
    __slots__ = ('__dict__',)

u = U()
u.anything = 1
u.anything
class V:
    __slots__ = ()

V().a = 1
class W:
    __slots__ = ('a',)
    a = 5

class X:
    __slots__ = ('b',)

X().b
class Y:
    __slots__ = ('1x',)

