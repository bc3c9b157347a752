import pprint
data = {'name': 'socklab', 'ports': list(range(30)), 'nested': {'z': [1, 2, {'deep': (1, 2, 3) * 8}], 'a': set(range(25)), 'f': frozenset({'x', 'y'})}, 'text': 'lorem ipsum dolor sit amet ' * 6, 'blob': bytes(range(60)), 'ba': bytearray(b'abcdefgh' * 12), 1: 'int key', 'tup': (1,), 'e': [], 'd': {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat([1, [2, [3, [4, [5]]]]], depth=2))
a = [1, 2]; a.append(a); print(pprint.pformat(a).split(" with ")[0]); print(pprint.isrecursive(a), pprint.isreadable(a), pprint.saferepr({'b': 1, 'a': [a]})[:30])
pprint.pp({'b': 1, 'a': 2, 'c': list(range(30))})
pprint.pprint(('one long string that should wrap because it is much much longer than the width allowed here for it',), width=30)
pprint.pprint([{'id': i, 'host': '127.0.0.1', 'port': 8000 + i, 'tags': ['a', 'b']} for i in range(3)])
pprint.pprint(12345678, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=2, width=30); pp.pprint({'key': ['value'] * 6}); print(pp.pformat((1, 2)))
pprint.pprint({3: 'a', 'x': 1, (1, 2): None, None: 0})
