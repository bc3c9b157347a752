import json
json.__all__
json.dumps({"b": 1, "a": [1, 2.5, None, True, "é"]})
json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2)
print(json.dumps([1, {"x": [2, 3]}], indent=4))
json.dumps({"a": 1}, separators=(",", ":"))
json.dumps("é", ensure_ascii=False)
json.dumps((1, 2))
json.dumps({1: "one", 2.5: "x", None: "n", True: "t"})
json.dumps({(1, 2): "t"})
json.dumps(b"bytes")
json.dumps({1, 2})
json.dumps(object)
json.dumps(float("nan")), json.dumps(float("inf"))
json.dumps(float("nan"), allow_nan=False)
json.dumps({"k": 1}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True)
json.loads('{"a": [1, 2.0, null, true, false, "x"]}')
json.loads("[1, 2")
json.loads("")
json.loads("{'a': 1}")
json.loads('{"a": 1,}')
json.loads('[1, 2,]')
json.loads("nul")
json.loads('"abc')
json.loads('{"a" 1}')
json.loads("1 2")
json.loads('\n\n  [1,\n  x]')
json.loads(b'{"a": 1}')
json.loads(bytearray(b'[1]'))
json.loads(1)
json.loads("NaN"), json.loads("-Infinity")
json.loads('"\\u00e9\\n"')
json.loads('"\\x"')
json.loads('1e400'), json.loads('-0'), json.loads('12345678901234567890')
json.loads('{"a": 1, "a": 2}')
json.loads('[1.5]', parse_float=str)
json.loads('{"a": 1}', object_hook=lambda d: sorted(d))
json.loads('[["a", 1]]', object_pairs_hook=dict)
try:
    json.loads('{"key": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
    print(isinstance(e, ValueError), e.args)

json.JSONDecodeError.__mro__
json.decoder.JSONDecodeError is json.JSONDecodeError
enc = json.JSONEncoder(indent=1)
enc.encode({"a": [1]})
dec = json.JSONDecoder()
dec.decode('[1]')
dec.raw_decode('[1] tail')
dec.raw_decode(' [1]')
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

json.dumps({"s": {3, 1}}, cls=E)
json.dumps({"o": object()}, cls=E)
json.dumps(indent=2)
json.loads()
json.dumps([1], indent="--")
json.dumps({"a": "\u2603\t\x00"})
import json
json.decoder.JSONDecodeError is json.JSONDecodeError
import json.decoder
json.decoder.JSONDecoder is json.JSONDecoder
json.decoder.__package__, json.decoder.__name__
import json.encoder
from json.decoder import JSONDecodeError
import json.nosuch
json.detect_encoding(b'{}'), json.detect_encoding(b'\xff\xfe{\x00')
import sys
'json.decoder' in sys.modules
