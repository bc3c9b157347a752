import json, socket, struct, sys
a, b = socket.socketpair()
a.sendall("héllo wörld".encode("latin-1"))
data = b.recv(100)
for enc in ("utf-8", "ascii"):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.reason)
print(data.decode("utf-8", errors="replace"), data.decode("utf-8", "ignore"), data.decode("utf-8", "backslashreplace"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"))
for text in ['{"a": 1', '', '{"a": 1}{"b": 2}', "{'a': 1}", '[1, 2,]', 'nul', '{"a": NaN}', '"\\x"']:
    try:
        print(json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, "|", e)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(" "))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    struct.unpack("!I", b"\x00\x01")
except struct.error as e:
    print(e)
print("%s:%d %-5s| %05.1f %x %r" % ("host", 80, "ab", 3.14159, 255, b"x"))
print("{0[0]}:{0[1]}".format(("127.0.0.1", 8080)), "{:>10}|{:^10}|{:<10}|".format("r", "c", "l"))
print(f"{'x':*^9} {12345.678:,.2f} {0.25:.1%} {255:b} {-3:+d} {1e-7:g} {123456789:e}")
a.close(); b.close()
print(a)
