# about: processing received bytes: decode/split/strip loops, headers into dicts, counting, partial lines, bad input
raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 12\r\nX-Empty:\r\n\r\nhello world!"
head, _, body = raw.partition(b"\r\n\r\n")
lines = head.decode("ascii").split("\r\n")
status = lines[0]
version, code, reason = status.split(" ", 2)
version, int(code), reason
headers = {}
for line in lines[1:]:
    name, sep, value = line.partition(":")
    headers[name.strip().lower()] = value.strip()

headers
int(headers["content-length"]) == len(body), body.decode()
headers.get("server", "unknown"), "x-empty" in headers, headers["x-empty"] == ""
headers["Server"]
pending = b""
for chunk in [b"NICK bob\r\nJOIN #py", b"thon\r\nPRIV", b"MSG #python :hi there\r\n"]:
    pending += chunk
    while b"\r\n" in pending:
        line, pending = pending.split(b"\r\n", 1)
        cmd, *args = line.decode().split(" ")
        print(repr(cmd), args)

pending
text = "the cat and the hat and the bat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1

counts
sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
max(counts, key=counts.get)
letters = {}
for ch in "mississippi":
    if ch not in letters:
        letters[ch] = 0
    letters[ch] += 1

letters, sorted(letters, key=letters.get, reverse=True)
csv = "name,port,proto\nweb, 80 ,tcp\ndns,53,udp\n\nbad line\nssh,22,tcp\n"
rows = []
for lineno, line in enumerate(csv.splitlines(), start=1):
    if not line.strip():
        continue
    fields = [f.strip() for f in line.split(",")]
    if len(fields) != 3:
        print(f"line {lineno}: expected 3 fields, got {len(fields)}")
        continue
    rows.append(fields)

header, *records = rows
header, records
services = {name: int(port) for name, port, proto in records}
services
[name for name, port, proto in records if proto == "tcp"]
int(" 80 "), int("0x1F", 16), int("ff", 16), int("101", 2)
int("eighty")
int("")
"caf\xe9".encode("utf-8"), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1")
b"caf\xe9".decode()
b"caf\xe9".decode("utf-8", errors="replace"), b"caf\xe9".decode("ascii", "ignore")
"  padded\t\n".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a  b   c".split(), "k=v=w".split("=", 1)
"line1\nline2\r\nline3".splitlines(), "one\ttwo".expandtabs(4)
"HELLO".lower().capitalize(), "hello world".title(), "Hello".swapcase(), "abc".center(9, "*")
"42".zfill(5), "-7".zfill(4), "abc".rjust(6, "."), "abc".ljust(6) + "|"
"ping" * 3, "-".join(["a", "b", "c"]), " ".join(reversed("a b c".split()))
data = "GET /index.html?x=1&y=two HTTP/1.0"
method, path, proto = data.split()
route, _, query = path.partition("?")
dict(pair.split("=") for pair in query.split("&"))
route.rsplit("/", 1), route.endswith((".html", ".htm")), route.find("x"), route.index("i")
route.index("z")
