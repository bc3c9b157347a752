# about: dict literals, methods, views, comprehension and KeyError messages
d = {'a': 1, 'b': 2}
d
{}
d['a']
d['z']
d[1]
d.get('z')
d.get('z', 0)
d.setdefault('c', 3)
d.setdefault('a', 99)
d
d.pop('c')
d.pop('c')
d.pop('c', None)
d.keys()
d.values()
d.items()
list(d)
d.update({'b': 20, 'e': 5})
d
d.update(f=6)
d
d['z'] = 26
len(d)
'a' in d
del d['a']
del d['nope']
d
{k: v * 2 for k, v in d.items()}
{x: x * x for x in range(4)}
for k in d:
    print(k, d[k])

for k, v in sorted(d.items()):
    print(k, '=', v)

dict(x=1, y=2)
dict([('p', 1), ('q', 2)])
{[1]: 2}
{1: 'a', 1.0: 'b'}
{'k': {'nested': [1, 2]}}
d2 = {'b': 1, 'a': 2}
d2['c'] = 3
d2['a'] = 0
d2
d2.clear()
d2
{(1, 2): 'tuple key'}
{1: 2}.popitem()
