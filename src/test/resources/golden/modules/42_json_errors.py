# about: json errors: JSONDecodeError messages, positions and attributes; encoding TypeErrors and ValueErrors
import json
json.loads('')
json.loads('   ')
json.loads('[1, 2')
json.loads('[1 2]')
json.loads('[1,]')
json.loads('{"a": 1,}')
json.loads('{a: 1}')
json.loads("{'a': 1}")
json.loads('{"a" 1}')
json.loads('{"a": }')
json.loads('{"a": 1 "b": 2}')
json.loads('"abc')
json.loads('"a\\qb"')
json.loads('"\\u12"')
json.loads('"\\uzzzz"')
json.loads('"line\nbreak"')
json.loads('"tab\there"')
json.loads('{"a": 1} {"b": 2}')
json.loads('[] x')
json.loads('nul')
json.loads('True')
json.loads('01')
json.loads('1.')
json.loads('-')
json.loads('\ufeff{}')
json.loads('{\n  "a": 1,\n  "b" 2\n}')
json.loads('[\n1,\n2\n]\nxx')
json.loads('["😀😀", x]')
json.loads(5)
json.loads(None)
json.loads(b'\xff')
json.loads()
json.loads('[1]', '[2]')
json.loads('[1]', bogus=1)
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as e:
    print(repr(e))
    print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args)
    print(isinstance(e, ValueError), type(e).__name__, type(e).__module__)

try:
    json.loads('oops')
except ValueError as e:
    print('ValueError caught:', e)

json.JSONDecodeError
json.JSONDecodeError.__mro__
e = json.JSONDecodeError('boom', 'ab\ncd', 4)
e, e.lineno, e.colno, e.pos
json.dumps(object())
json.dumps({1, 2})
json.dumps(b'bytes')
json.dumps({'k': {'nested': [1, {2}]}})
class Thing:
    pass

json.dumps(Thing())
json.dumps({(1, 2): 'a'})
json.dumps({b'k': 1})
json.dumps({1: 'a', 'b': 2}, sort_keys=True)
json.dumps([float('nan')], allow_nan=False)
json.dumps({float('inf'): 1}, allow_nan=False)
json.dumps([1], indent=2.5)
json.dumps([1], separators=(',',))
json.dumps([1], bogus=1)
json.dumps()
json.dumps(1, 2)
loop = [1]
loop.append(loop)
json.dumps(loop)
d = {}
d['self'] = d
json.dumps(d)
json.dumps([object()], default=lambda o: 1 / 0)
json.dumps([object()], default=lambda o: o)
deep = []
for i in range(5000):
    deep = [deep]

json.dumps(deep)
json.loads('[' * 5000)
json.loads('{"a":' * 5000)
json.dumps(deep, indent=1)
json.dumps(loop, check_circular=False)
json.JSONDecodeError('x')
json.JSONDecodeError('x', 'd', 1, 2)
json.JSONDecodeError('x', 5, 1)
json.JSONDecodeError('m', 'abc', 10).colno
json.dumps([float('nan')], allow_nan=False, indent=2)
json.dumps({float('-inf'): 1}, allow_nan=False, indent=2)
json.loads('"\\u00e9')
json.loads('"\\ud83d\\ude00')
json.loads('"\\ud83d\\ude00"')
