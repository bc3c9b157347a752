# about: JSONEncoder and JSONDecoder objects, cls=, strict=False, and raw_decode to split a stream of messages
import json
dec = json.JSONDecoder()
buf = '{"id": 1}{"id": 2} {"id": 3}\n{"id"'
pos = 0
while True:
    while buf[pos:pos + 1].isspace():
        pos += 1
    try:
        obj, pos = dec.raw_decode(buf, pos)
    except json.JSONDecodeError as err:
        print('incomplete from', err.pos, repr(buf[err.pos:]))
        break
    print(obj, pos)

dec.raw_decode('[1] tail')
dec.raw_decode('"😀" [2]', 4)
dec.raw_decode(' 1')
dec.raw_decode('1', 5)
dec.raw_decode('1', -1)
dec.raw_decode(b'1')
dec.raw_decode()
dec.decode(' [1, 2] ')
dec.decode('[1] x')
dec.decode(b'[1]')
json.JSONDecoder(object_pairs_hook=list).decode('{"a": 1, "b": 2}')
json.JSONDecoder(parse_int=str).decode('[1, 2.5]')
json.JSONDecoder(strict=False).decode('"tab\there"')
json.loads('"line\nbreak"', strict=False)
json.JSONDecoder(bogus=1)
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({'b': [1, 2], 'a': None}))
json.JSONEncoder(separators=(',', ':')).encode({'a': [1, 2]})
json.JSONEncoder(default=repr).encode([1j])
json.JSONEncoder().encode({1, 2})
json.JSONEncoder().default(object())
json.JSONEncoder(1)
json.JSONEncoder(bogus=1)
json.JSONEncoder().encode()
json.dumps([1, [2]], cls=json.JSONEncoder, indent=1)
json.loads('[1]', cls=json.JSONDecoder)
json.JSONEncoder, json.JSONDecoder
