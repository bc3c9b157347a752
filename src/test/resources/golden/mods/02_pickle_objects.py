import pickle, collections
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point(1, 2)
for proto in range(6):
    print(proto, pickle.dumps(p, proto))

pickle.loads(pickle.dumps([p, p]))
q = pickle.loads(pickle.dumps([p, p])); q[0] is q[1]
class Empty:
    pass

pickle.dumps(Empty()), pickle.dumps(Empty(), 1)
class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = object()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['sock']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.sock = None

c = pickle.loads(pickle.dumps(Conn('example.org'))); c.host, c.sock
pickle.dumps(Conn('h'))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __reduce__(self):
        return (Money, (self.cents,))

pickle.dumps(Money(250)), pickle.loads(pickle.dumps(Money(250))).cents
class Node:
    def __init__(self):
        self.children = []
        self.parent = None

root = Node(); kid = Node(); kid.parent = root; root.children.append(kid)
pickle.dumps(root)
r = pickle.loads(pickle.dumps(root)); r.children[0].parent is r
class Tagged(list):
    pass

t = Tagged([1, 2]); t.tag = 'x'
pickle.dumps(t), pickle.dumps(t, 1)
u = pickle.loads(pickle.dumps(t)); u, u.tag, type(u).__name__
Pair = collections.namedtuple('Pair', 'a b')
pickle.dumps(Pair(1, 2)), pickle.loads(pickle.dumps(Pair(1, 2)))
pickle.dumps(collections.OrderedDict(a=1)), pickle.dumps(collections.deque([1]))
pickle.loads(pickle.dumps(collections.defaultdict(list, k=[1]))), pickle.loads(pickle.dumps(collections.Counter('aab')))
pickle.dumps(ValueError('bad', 2)), pickle.loads(pickle.dumps(ValueError('bad', 2)))
class Bad:
    def __reduce__(self):
        return 42

pickle.dumps(Bad())
class Short:
    def __reduce__(self):
        return (Short,)

pickle.dumps(Short())
def outer():
    class Local:
        pass
    return Local

pickle.dumps(outer()())
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e), str(e).split(' at ')[0], str(e).split('>: ')[1])

pickle.dumps((x for x in []))
import threading
pickle.dumps(threading.Lock())
pickle.PicklingError, pickle.UnpicklingError, issubclass(pickle.PicklingError, pickle.PickleError)
