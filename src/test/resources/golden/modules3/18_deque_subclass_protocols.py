from collections import deque
class D(deque):
    def __len__(self):
        return 42
    def __iter__(self):
        yield "x"

d = D([1, 2, 3])
len(d), bool(d), list(d), [*d], sorted(d)
d
d[0], 1 in d, "x" in d
deque.__len__(d), list(deque.__iter__(d))
class E(deque):
    def __repr__(self):
        return "E!"
    def __contains__(self, item):
        return item == "all"
    def __getitem__(self, i):
        return i * 10

e = E([1])
e, str(e), "all" in e, 1 in e, e[4]
deque([1]).__eq__([1])
deque([1]).__eq__(deque([1]))
deque([1]).__ne__(deque([2]))
deque([1]).__ne__(5)
deque([1]).__lt__(5)
deque([1]).__lt__(deque([2]))
deque([1]) == [1], deque([1]) < deque([2])
deque([1]) < [2]
deque([1]).nope
class F(deque):
    def append(self, x):
        print("append", x)
        super().append(x)

f = F(maxlen=2)
f.append(1); f.append(2); f.append(3)
f, f.maxlen
f.extend([9]); f
type(f.copy()), f == deque([2, 9])
class G(deque):
    def __init__(self, name):
        super().__init__()
        self.name = name

g = G("n"); g.append(1); g, g.name
c = g.copy(); c, c.name is g
g + deque([5])
g * 2
import copy
class Q(deque):
    pass

q = Q([1, 2], maxlen=3)
copy.copy(q), type(copy.copy(q)), copy.copy(deque([5]))
q.__copy__()
