# about: tracebacks through random.py, string.py and collections/__init__.py beyond the first sessions
import random, string
from collections import Counter, ChainMap, namedtuple
random.Random([1])
random.randint(1, 'b')
random.choice({})
random.shuffle(5)
random.sample([1, 2], 1, counts=[1, 'x'])
random.sample([1, 2], 1, counts=[0, 0])
random.choices([1, 2], cum_weights=[1, float('inf')])
string.capwords(5)
string.capwords('a b', 5)
Counter().update(5)
Counter('ab').most_common(None), Counter('ab').most_common(-1)
ChainMap({'a': 1}, {'b': 2})['c']
ChainMap({}, {'b': 2}).pop('b')
del ChainMap({}, {'b': 2})['b']
namedtuple('P', 'x y')._make([1])
namedtuple('P', 'x def')
