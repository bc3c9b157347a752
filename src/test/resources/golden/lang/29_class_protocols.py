# about: special methods on learner classes: str/repr/eq/hash/len/bool/iter/getitem/call/operators, context managers, properties
class Message:
    def __init__(self, kind, body=b""):
        self.kind = kind
        self.body = body
    def __repr__(self):
        return f"Message({self.kind!r}, {self.body!r})"
    def __str__(self):
        return f"<{self.kind}: {len(self)} bytes>"
    def __len__(self):
        return len(self.body)
    def __eq__(self, other):
        if not isinstance(other, Message):
            return NotImplemented
        return (self.kind, self.body) == (other.kind, other.body)

m = Message("PING", b"abc")
m
print(m)
str(m), repr(m), f"{m}", f"{m!r}", len(m), bool(m), bool(Message("X"))
[m, Message("PONG")]
m == Message("PING", b"abc"), m != Message("PING"), m == "PING", m in [Message("PING", b"abc")]
{m}
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)

d = {Key(1): "one", Key(2): "two"}
d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)})
class Buffer:
    def __init__(self):
        self.chunks = []
    def __iter__(self):
        return iter(self.chunks)
    def __getitem__(self, i):
        return self.chunks[i]
    def __contains__(self, x):
        return x in b"".join(self.chunks)
    def __iadd__(self, chunk):
        self.chunks.append(chunk)
        return self
    def __bool__(self):
        return bool(self.chunks)

buf = Buffer()
bool(buf)
buf += b"he"
buf += b"llo"
list(buf), buf[0], buf[-1], b"ell" in buf, b"x" in buf, bool(buf)
b"".join(buf).decode()
for i, chunk in enumerate(buf):
    print(i, chunk)

buf[5]
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, 2 * Vec(1, 1), -Vec(1, -1)
sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), max([Vec(2, 1), Vec(1, 5)]), min(Vec(3, 3), Vec(0, 9))
Vec(1, 2) + 1
Vec(1, 2) - Vec(1, 1)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
double(21), list(map(double, [1, 2, 3])), callable(double), callable(Vec(0, 0))
Vec(0, 0)()
class Session:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError

with Session("a") as s:
    print("inside", s.open)

s.open
with Session("b"):
    {}["missing"]

with Session("c"):
    int("x")

with Session("d") as s1, Session("e") as s2:
    print(s1.name, s2.name)

with Message("X"):
    pass

class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(25)
t.celsius, t.fahrenheit
t.celsius = 100
t.fahrenheit
t.celsius = -300
t.fahrenheit = 5
Temperature.describe(), t.describe(), Temperature.freezing().celsius, type(Temperature.freezing()).__name__
class Weird:
    def __str__(self):
        return 42
    def __len__(self):
        return -1

str(Weird())
len(Weird())
