import io, json
t = io.TextIOWrapper(io.BytesIO('{"a": "é", "n": [1, 2]}'.encode()), encoding="utf-8", newline="")
json.load(t)
t.close(); t.closed
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"))
t.readline()
list(t)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\r\n"), newline="")
t.readlines()
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("héllo\n")
b.getvalue()
w.flush(); b.getvalue()
w.encoding, w.errors, w.buffer is b, w.line_buffering, type(w)
isinstance(w, io.TextIOWrapper)
io.TextIOWrapper(io.BytesIO(b"abcdef"), encoding="ascii").read(2)
io.TextIOWrapper(io.BytesIO(), newline="x")
w.write(b"bytes")
w.detach() is b
w.write("x")
with io.TextIOWrapper(io.BytesIO(b"ctx\n")) as f:
    print(f.read())

f.closed
