# about: inheritance, overriding, super(), isinstance/issubclass, user exception classes raised and caught
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "[" + super().describe() + "]"

shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())

isinstance(shapes[2], Rect), isinstance(shapes[1], Square), issubclass(Square, Shape), issubclass(Shape, Square)
issubclass(Square, (int, Shape)), Square.__bases__, Square.__mro__
[type(s).__name__ for s in shapes]
class ProtocolError(Exception):
    pass

class BadHeader(ProtocolError):
    def __init__(self, header, reason="malformed"):
        super().__init__(f"bad header {header!r}: {reason}")
        self.header = header

try:
    raise BadHeader("X-Len")
except ProtocolError as err:
    print(type(err).__name__, err, err.args, err.header)

raise ProtocolError("unexpected EOF")
raise ProtocolError
raise BadHeader("Host", "missing")
err = BadHeader("A")
err, str(err), repr(err)
isinstance(err, Exception), isinstance(err, ValueError), issubclass(BadHeader, BaseException)
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts

r = Retry(3)
r.args, r.attempts, str(r)
raise r
class Timeout(ConnectionError):
    def __str__(self):
        return f"timed out after {self.args[0]}s"

try:
    raise Timeout(5)
except OSError as e:
    print("caught:", e, repr(e), e.errno)

raise Timeout(2.5)
def fetch(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        raise ProtocolError("zero")
    return n

for n in (1, 0, -1):
    try:
        print("got", fetch(n))
    except (ProtocolError, ValueError) as e:
        print("failed:", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("done", n)

try:
    fetch(0)
except ProtocolError as e:
    raise RuntimeError("wrapped") from e

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()

Child().hello()
class FromBool(bool):
    pass
