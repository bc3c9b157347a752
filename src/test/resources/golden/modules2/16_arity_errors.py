# about: how the new modules word wrong argument counts and types, and what dir() shows of them
from collections import *
import math, random
d = deque([1]); c = Counter('ab'); od = OrderedDict(a=1); P = namedtuple('P', 'x')
d.append()
d.append(1, 2)
d.pop(1)
d.rotate(1, 2)
d.index()
d.insert(1)
d.extend()
c.most_common('a')
c.most_common(1, 2)
c.elements(1)
c.update(1, 2)
c.subtract(5)
od.move_to_end()
od.popitem(1, 2)
od.move_to_end('a', last=False, x=1)
P(1)._replace(1)
P._make()
P(1)._asdict(1)
random.choice()
random.shuffle()
random.choices()
random.sample()
random.getstate(1)
random.setstate()
random.randbytes()
math.hypot(x=1)
math.gcd(x=1)
d.count()
d.remove()
defaultdict(list).__missing__()
c.total(1)
c.copy(1)
[n for n in ('most_common', 'elements', 'total', 'keys') if n in dir(Counter())]
[n for n in ('default_factory', 'copy', 'keys') if n in dir(defaultdict())]
[n for n in ('maxlen', 'popleft', 'rotate') if n in dir(deque())]
[n for n in ('x', '_fields', '_asdict', 'count') if n in dir(namedtuple('P', 'x')(1))]
[n for n in ('move_to_end', 'popitem') if n in dir(OrderedDict())]
