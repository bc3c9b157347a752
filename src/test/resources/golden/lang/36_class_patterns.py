# about: more class patterns learners write: linked nodes, stacks, __getattr__, decorators in classes, classmethod + super, __format__, orderings, generator __iter__
class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
    def __repr__(self):
        return f"Node({self.val})"

head = Node(1, Node(2, Node(3)))
n = head
while n:
    print(n.val)
    n = n.next

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack()
s.push(1); s.push(2)
s, len(s), s.pop(), s
s.pop(); s.pop()
class A:
    def __init__(self):
        self.x = 1

a = A()
print(type(a))
str(A)
repr(A())[:20]
vars(a)
getattr(a, "x"), getattr(A, "__init__").__name__
class Config:
    DEFAULTS = {"host": "localhost", "port": 80}
    def __init__(self, **overrides):
        self.settings = dict(self.DEFAULTS)
        self.settings.update(overrides)
    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

c = Config(port=8080)
c.host, c.port
c.timeout
class Meta:
    pass

m = Meta()
m.__class__ is Meta, type(m) == Meta, Meta.__name__
isinstance(m, (int, Meta))
print(type(m).__name__, Meta.__module__)
class Parent:
    def __init__(self, name):
        self.name = name

class Kid(Parent):
    pass

k = Kid("x")
k.name
Kid()
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)

E(1, 2)
str(E(1, 2))
raise E(1, 2)
class Str(Exception):
    def __str__(self):
        return "custom"

raise Str("x")
print(Str("y"))
class Foo:
    def method(self):
        pass
    def other(self):
        return self.method()

Foo().other() is None
Foo.method(1)
Foo().method.__self__.__class__.__name__
f = Foo()
f.method == f.method, f.method is f.method
hash(Foo) == hash(Foo)
class Pt:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1

Pt().x
class NotExc:
    pass

try:
    1 / 0
except NotExc:
    pass

raise NotExc()
raise NotExc
class R:
    def __init__(self):
        return 5

R()
class Base:
    @classmethod
    def create(cls, *args):
        print("creating", cls.__name__, args)
        return cls(*args)
    def __init__(self, *args):
        self.args = args

class Derived(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.extra = True
        return obj

d = Derived.create(1, 2)
d.args, d.extra, type(d).__name__
class Handler:
    def __init__(self):
        self.routes = {}
    def route(self, path):
        def deco(fn):
            self.routes[path] = fn
            return fn
        return deco

app = Handler()
@app.route("/")
def index():
    return "home"

app.routes["/"](), list(app.routes)
class Greeter:
    greeting = "hi"
    def greet(self, name):
        return f"{self.greeting}, {name}"

g = Greeter()
g.greeting = "yo"
g.greet("bob"), Greeter.greeting, Greeter().greet("al")
print(Greeter.greet(g, "x"))
func = g.greet
func("z")
class T:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x

T(1) == T(1), T(1) != T(2), T(1) in [T(1)], [T(1), T(2)].index(T(2)), [T(3)].count(T(3))
T(1) == 5
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return format(self.cents / 100, spec)

f"{Money(1234):.2f}"
class P:
    def __repr__(self):
        return "P()"

f"{P()}", str(P()), "%s" % P(), "%r" % (P(),), "{}".format(P()), format(P())
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"Ord({self.v})"

Ord(1) < Ord(2), Ord(2) > Ord(1), Ord(1) <= Ord(1), Ord(2) >= Ord(3)
Ord(1) < 5
object() < object()
class Animal:
    def speak(self):
        raise NotImplementedError("subclasses must implement speak")

class Cat(Animal):
    def speak(self):
        return "meow"

Cat().speak()
Animal().speak()
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4))
