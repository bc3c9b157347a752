# about: json for socket messages: dicts and lists to text and back, newline-framed, bytes in and out
import json
msg = {'type': 'chat', 'user': 'ana', 'text': 'héllo', 'seq': 3, 'ok': True, 'reply_to': None, 'tags': ['a', 'b'], 'rate': 0.25}
json.dumps(msg)
data = (json.dumps(msg) + '\n').encode()
data
json.loads(data.decode())
json.loads(data)
json.loads(bytearray(b'[1, 2, 3]'))
json.loads(data) == msg
json.dumps([1, 'two', 3.0, [4], {'five': 5}])
json.dumps((1, 2))
json.dumps('text'), json.dumps(42), json.dumps(None), json.dumps(False), json.dumps(1.5)
json.dumps({'n': 10**20, 'f': 1e20, 'small': 1e-7, 'third': 1 / 3, 'neg': -0.0})
json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'})
json.loads('{"1": "a"}')
json.loads('  {"a" : [1 , 2 ] }  ')
json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"')
json.loads('[1, 1.0, -0, 1e3, 12345678901234567890, true, false, null]')
json.loads('[NaN, Infinity, -Infinity]')
json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf'))
lines = b'{"id": 1}\n{"id": 2}\n'
[json.loads(line) for line in lines.splitlines()]
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

sink = Sink()
json.dump({'a': [1, 2]}, sink)
''.join(sink.parts)
class Source:
    def read(self):
        return '{"from": "file", "n": [1, 2]}'

json.load(Source())
json.load(Source(), object_pairs_hook=list)
json.dump([1], object())
