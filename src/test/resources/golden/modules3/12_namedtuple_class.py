import typing, collections
class Point(typing.NamedTuple):
    """A point on the grid."""
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f'({self.x}, {self.y})'

p = Point(3, -4)
p, str(p), p.norm(), p._fields, p._asdict(), Point._field_defaults, Point.__annotations__
Point(1), Point.__doc__, Point.__mro__, isinstance(p, tuple), p._replace(x=0).norm()
x, y = p; x + y
Pair = collections.namedtuple('Pair', 'left right')
Pair.swap = lambda self: Pair(self.right, self.left)
Pair(1, 2).swap(), Pair
