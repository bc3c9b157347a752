import io
io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE
b = io.BytesIO(b"hello\nworld\n")
b.read(3)
b.tell()
b.readline()
b.readlines()
b.read()
b.seek(0)
b.seek(0, io.SEEK_END)
b.write(b"more")
b.getvalue()
b.seek(-1)
b.seek(0, 5)
b.write("text")
b.read1(2)
b.readable(), b.writable(), b.seekable()
b.truncate(3)
b.getvalue()
b.close()
b.closed
b.read()
b.getvalue()
s = io.StringIO("line1\nline2\n")
s.readline()
s.read()
s.write("x")
s.getvalue()
s.write(b"bytes")
s.seek(0)
s.seek(2, 1)
list(io.StringIO("a\nb\nc"))
with io.StringIO() as f:
    print("to file", 1, file=f)
    f.getvalue()

f.closed
io.StringIO(5)
io.BytesIO("str")
isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase)
isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase)
io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase
io.BytesIO.__mro__
io.StringIO.__mro__
io.TextIOWrapper.__mro__
io.UnsupportedOperation.__mro__
io.BlockingIOError is BlockingIOError
t = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\n"), encoding="utf-8")
t.read()
t.encoding
io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8", errors="replace").read()
io.TextIOWrapper(io.BytesIO(b""), encoding="nope")
sio = io.StringIO()
sio.fileno()
sio.isatty()
sio.readable()
io.StringIO("abc").read(-1), io.StringIO("abc").read(None)
io.BytesIO(b"abc").read("1")
io.open
io.text_encoding(None)
