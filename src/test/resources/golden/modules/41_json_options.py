# about: json.dumps options: indent, separators, sort_keys, ensure_ascii, default, skipkeys, allow_nan; loads hooks
import json
doc = {'name': 'srv', 'ports': [80, 443], 'opts': {'tls': True, 'alpn': []}, 'empty': {}}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps([1, [2, 3]], indent=''))
print(json.dumps([1, [2, 3]], indent=-3))
print(json.dumps({'a': [1, {}]}, indent='\t'))
json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2)
json.dumps(doc, separators=(',', ':'))
json.dumps({'a': 1, 'b': [1, 2]}, indent=2, separators=(', ', ' = '))
json.dumps([1, 2], separators=[';', '='])
json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
json.dumps('é€😀\x00\x1f\x7f')
json.dumps('é€😀\x00\x1f\x7f', ensure_ascii=False)
json.dumps({1, 2}, default=sorted)
json.dumps({'when': b'raw'}, default=lambda o: o.decode())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

json.dumps([Point(1, 2)], default=vars)
json.dumps({(1, 2): 'a', 'k': 'v'}, skipkeys=True)
json.dumps([1.5, float('nan')], allow_nan=True)
json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=float, parse_constant=repr)
json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
json.loads('{"b": 1, "a": 2, "b": 3}')
json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict)
json.dumps({'x': 1}, indent=None, separators=None, sort_keys=False)
