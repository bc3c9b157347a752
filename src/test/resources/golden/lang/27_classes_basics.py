# about: class statements, __init__, methods, class vs instance attributes, reprs, attribute errors, binding messages
class Client:
    """A tiny client record."""
    port = 8080
    def __init__(self, host, port=None):
        self.host = host
        if port is not None:
            self.port = port
    def address(self):
        return (self.host, self.port)
    def describe(self, verbose=False):
        text = f"{self.host}:{self.port}"
        return text.upper() if verbose else text

c = Client("localhost")
c.address()
c.describe(), c.describe(True), c.describe(verbose=True)
Client.port, c.port, Client("h", 9).port
c.host = "127.0.0.1"
c.address()
c.__dict__
Client
type(c)
type(c) is Client, isinstance(c, Client), isinstance(c, object), isinstance("x", Client)
Client.__name__, Client.__qualname__, Client.__module__
c.__class__.__name__
c.missing
Client.missing
c.descrbe()
c.address(1)
Client()
Client("a", 1, 2)
Client.describe(c)
Client.address()
class Empty:
    pass

Empty(1)
e = Empty()
e.x = 5
e.x, vars(e) if False else e.__dict__
del e.x
del e.x
hasattr(e, "x"), getattr(e, "x", "default")
setattr(e, "y", 2)
e.y
dir(e)[-3:]
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total

a, b, c2 = Counter(), Counter(), Counter()
Counter.total, a.id, c2.id
class Scoped:
    size = 3
    doubled = size * 2
    names = [n for n in range(3)]
    def get(self):
        return size

Scoped.doubled, Scoped.names
Scoped().get()
class Broken:
    value = 1 / 0

Broken
def make():
    class Local:
        def hi(self):
            return "hi"
    return Local

L = make()
L().hi(), L.__qualname__
L
int.x = 1
