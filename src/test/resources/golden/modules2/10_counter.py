# about: collections.Counter: counting, most_common, arithmetic on counts, and missing keys as 0
from collections import Counter
Counter
c = Counter('abracadabra')
c
c['a'], c['z']
c.most_common(2)
c.most_common()
sorted(c.elements())
c.total()
Counter(), Counter(a=3, b=1), Counter({'x': 2}), Counter([1, 1, 2])
words = 'the quick the lazy the end quick'.split()
Counter(words).most_common(1)
c2 = Counter('hello')
c2.update('world'); c2
c2.update({'l': 5}); c2['l']
c2.subtract('lll'); c2['l']
c2['new'] += 1; c2['new']
del c2['absent']; len(c2)
Counter('abc') + Counter('bcd')
Counter('aab') - Counter('abb')
Counter('aab') | Counter('abb')
Counter('aab') & Counter('abb')
-Counter(a=-1, b=2), +Counter(a=-1, b=2)
Counter({'a': 1}) == {'a': 1}, Counter(a=1) == Counter(a=1, b=0), Counter('ab') == Counter('ba')
isinstance(c, dict), type(c), dict(Counter('aab'))
Counter('ab').copy()
Counter(a=2.5)
for letter, n in Counter('banana').most_common():
    print(letter, n)

Counter(5)
Counter('a', 'b')
Counter.fromkeys('ab')
Counter('ab') + 1
mixed = Counter(a=1, b='x', c=2)
mixed
mixed.most_common()
Counter({'a': 2}) + Counter({'a': 3, 'b': 1})
c3 = Counter(a=1); c3.update({'a': 2, 'b': 5}); c3
c3.subtract({'b': 7}); c3
c3.subtract(a=1); c3
ties = Counter('cabbac')
ties.most_common()
