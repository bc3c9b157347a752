# about: collections.namedtuple: fields, defaults, _make/_replace/_asdict, tuple behaviour and its errors
from collections import namedtuple
Point = namedtuple('Point', 'x y')
Point
p = Point(1, 2)
p
print(p)
p.x, p.y, p[0], p[-1], len(p), list(p)
x, y = p
x + y
Point(x=3, y=4), Point(*(5, 6))
p == (1, 2), p < (1, 3), p + (3,), p[::-1]
isinstance(p, tuple), type(p), Point.__name__, Point.__bases__
hash(p) == hash((1, 2))
Point._fields, Point._field_defaults, Point.__doc__
p._asdict()
p._replace(y=9)
Point._make([5, 6])
p.count(1), p.index(2)
f"{p}"
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
P3(9), P3(9, 8), P3._field_defaults
namedtuple('X', 'a, b')(1, 2)
namedtuple('X', 'a 1 a', rename=True)._fields
Point.x
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
sorted(pts)
max(pts, key=lambda q: q.y)
Point(1)
Point(1, 2, 3)
Point(1, z=2)
p.x = 5
p.z = 5
p.z
Point._make([1, 2, 3])
p._replace(z=3)
namedtuple('1x', 'a')
namedtuple('X', 'a class')
namedtuple('X', 'a _b')
namedtuple('X', 'a a')
namedtuple('X', 'a b', defaults=[1, 2, 3])
namedtuple('X', [5])
