class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def hello(self):
        return 'hi'

o = Logged()
o.x
o.hello()
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_t'), name)

p = Proxy([3, 1, 2])
p.sort()
p._t
p.append(5)
p._t
p.count(1)
getattr(p, 'index')(2)
hasattr(p, 'nothing')
p.nothing
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('no boom here')
        if name == 'bad':
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name

b = Both()
b.boom
b.other
b.bad
class Plain:
    def __getattr__(self, name):
        return 'missing ' + name

q = Plain()
q.__dict__
object.__getattribute__(q, 'zzz')
q.zzz
class Sub(Logged):
    pass

s = Sub()
s.hello()
class Later:
    pass

l = Later()
l.y = 2
Later.__getattribute__ = lambda self, name: 'always ' + name
l.y
l.anything
del Later.__getattribute__
l.y
class D(dict):
    def __getattribute__(self, name):
        print('dict get', name)
        return super().__getattribute__(name)

d = D(a=1)
d.keys()
d.get('a')
class Counter:
    calls = 0
    def __getattribute__(self, name):
        type(self).calls += 1
        return super().__getattribute__(name)
    def m(self):
        return 5

c = Counter()
sum(c.m() for _ in range(10))
Counter.calls
