import struct, json, base64, binascii, collections, datetime, math, random, io, hashlib, sys, time
struct.pak(">I", 1)
json.dump_s({})
json.Loads("1")
math.sqroot(4)
random.randomint(1, 2)
collections.Ordereddict
datetime.datetime.now().strfitme("%Y")
io.StringIo
hashlib.sha265
sys.getsize(1)
time.sleeep
b"\xff".decode()
b"caf\xc3".decode("utf-8")
"é".encode("ascii")
bytes("abc")
struct.unpack(">I", b"\x00\x00\x01")
struct.pack(">I", "1")
json.loads(b'{"a": 1}'.decode()[:-1])
json.dumps({"when": datetime.date(2024, 1, 1)})
base64.b64decode("abc")
binascii.unhexlify("xyz")
{"a": 1}["b"]
collections.Counter("ab")["a"] + "x"
int("12a")
float("1,5")
[1, 2, 3][5]
"abc" + 1
len(5)
hashlib.sha256().update("text")
datetime.date(2024, 1, 1) + 1
math.log("10")
random.choice({})
io.BytesIO().write("text")
io.StringIO().write(b"bytes")
"%d" % "x"
"{:d}".format("x")
hasattr(io, "nope"), getattr(io, "nope", 5)
"__getattr__" in dir(io)
io.StringIo
