# about: collections.defaultdict: default_factory fills missing keys; it is still a dict
from collections import defaultdict
defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
dd
counts = defaultdict(int)
for w in 'the cat and the hat'.split():
    counts[w] += 1

counts
dict(counts)
counts['zebra']
'lion' in counts, counts.get('lion'), len(counts)
isinstance(counts, dict), type(counts)
dd.default_factory, counts.default_factory
defaultdict(), defaultdict(None, {1: 2})
defaultdict(list, {1: 2}, a=3)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
dict(nested['x'])
c = counts.copy(); c['new'] += 5; c['new'], 'new' in counts
dd.__missing__('q'), dd
sorted(counts.items())
counts == {'the': 2, 'cat': 1, 'and': 1, 'hat': 1, 'zebra': 0}
defaultdict()[1]
defaultdict(5)
dd.nosuch = 1
defaultdict().nosuch
defaultdict(list, 1, 2)
