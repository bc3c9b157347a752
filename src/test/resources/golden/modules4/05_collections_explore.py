import collections
from collections import deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap
d = deque([1, 2, 3], maxlen=5)
d
d.append(4); d.appendleft(0); d
d.append(9); d
d.rotate(2); d
d.popleft(), d.pop()
d.maxlen
d[0], d[-1]
d.index(2)
d.index(42)
deque().pop()
deque().popleft()
d.extend("ab"); d
d.count(1), len(d), 2 in d
d.remove(99)
d.insert(0, "x")
deque([1, 2]) == deque([1, 2]), deque([1]) == [1]
d.clear(); d
d[0]
deque(maxlen=-1)
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd
dd.default_factory
dict(dd)
defaultdict(int, {"x": 1})["y"]
defaultdict(5)
defaultdict()["missing"]
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
p
p.x + p.y, p[0], p._fields
p._asdict()
p._replace(x=10)
Point._make([3, 4])
Point(1)
Point(1, 2, 3)
p.x = 5
p.z
namedtuple("Bad", "x x")
namedtuple("Bad", "def x")
namedtuple("P3", ["a", "b"], defaults=[0])(1)
x, y = p; x, y
type(p), type(p).__mro__
c = Counter("abracadabra")
c
c.most_common(2)
c["z"], c["a"]
c.update("zzz"); c["z"]
c - Counter("aaaa")
c + Counter(a=1)
c & Counter(a=2, b=9), c | Counter(a=9)
sorted(c.elements())[:6]
c.total()
Counter({"a": 3, "b": -1}).most_common()
+Counter({"a": 3, "b": -1})
Counter(a=1).subtract(a=5)
c2 = Counter(a=1); c2.subtract(a=5); c2
od = OrderedDict(a=1, b=2)
od.move_to_end("a"); od
od.popitem(last=False)
od
od.move_to_end("zz")
OrderedDict([("x", 1)]) == OrderedDict([("x", 1)])
list(reversed(OrderedDict(a=1, b=2, c=3)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm
cm["a"], cm["b"], len(cm)
cm["c"] = 5; cm.maps
cm.new_child({"z": 0})
cm.parents
cm["nope"]
del cm["b"]
