import collections
class History(collections.deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, maxlen=size)
        self.added = 0
    def add(self, line):
        self.append(line)
        self.added += 1
    def latest(self):
        return self[-1]

h = History(['a'])
h.add('b'); h.add('c'); h.add('d')
h, len(h), h.latest(), h.added, h.maxlen, list(h)
isinstance(h, collections.deque), type(h).__mro__
h.popleft(), h
h == collections.deque(['c', 'd']), 'c' in h
h.nope
class Named(collections.deque):
    def __repr__(self):
        return 'Named' + str(list(self))

n = Named([1, 2]); n.appendleft(0)
n, str(n), [x * 2 for x in n]
d = collections.deque([1])
d.extra = 1
collections.deque([1, 2], maxlen=1), collections.deque(), collections.deque('ab')
