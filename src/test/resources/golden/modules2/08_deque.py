# about: collections.deque: both ends, maxlen, rotation, indexing, and its errors
from collections import deque
deque
d = deque([1, 2, 3])
d
d.append(4); d.appendleft(0); d
d.pop(), d.popleft(), d
d.extend([4, 5]); d.extendleft([0, -1]); d
d.rotate(2); d
d.rotate(-3); d
d[0], d[-1], len(d), 3 in d, 9 in d
d[0] = 100; del d[1]; d
d.count(4), d.index(4)
d.remove(100); d
d.reverse(); d
list(reversed(d))
d.insert(1, 'x'); d
d.clear(); d, bool(d)
last3 = deque(maxlen=3)
for i in range(5):
    last3.append(i)

last3
last3.appendleft(9); last3
last3.maxlen, deque().maxlen
deque('abc'), deque(range(3)), deque([1, 2, 3], 2)
deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3])
deque([1]) * 3, deque([1]) + deque([2])
q = deque([1]); q += [2, 3]; q
q.copy()
queue = deque(['a'])
seen = []
while queue:
    node = queue.popleft()
    seen.append(node)
    if len(seen) < 4:
        queue.extend([node + '1', node + '2'])

seen
for x in deque([1, 2]):
    print(x)

deque().pop()
deque().popleft()
deque([1])[5]
deque([1])['a']
deque([1]).index(9)
deque([1]).remove(9)
deque([1], maxlen=-1)
deque([1], 2, 3)
deque(1)
deque([1, 2], maxlen=2).insert(0, 5)
deque([1]) + [1]
deque().rotate('a')
deque().maxlen = 3
x = deque([1, 2, 3])
for i in x:
    x.append(1)

hash(deque())
deque().appendd
d.x = 1
