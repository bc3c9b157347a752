# about: generator functions: yield, infinite generators, send, yield from, return values, generator expressions
def countdown(n):
    while n > 0:
        yield n
        n -= 1

list(countdown(3))
gen = countdown(2)
next(gen), next(gen)
next(gen)
next(gen, "done")
type(gen).__name__
def numbers():
    n = 0
    while True:
        yield n
        n += 1

for x in numbers():
    if x * x > 20:
        break
    print(x)

nums = numbers()
[next(nums) for _ in range(4)], next(nums)
list(zip("abc", numbers()))
def read_lines(data):
    for raw in data.split(b"\n"):
        line = raw.strip().decode()
        if not line or line.startswith("#"):
            continue
        yield line

payload = b"GET / HTTP/1.1\r\n# comment\r\n\r\nHost: example\r\n"
for n, line in enumerate(read_lines(payload), 1):
    print(n, line)

list(read_lines(b""))
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
next(acc)
acc.send(5), acc.send(10)
acc.send(None)
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

list(flatten([1, [2, [3, 4]], 5, []]))
def with_result():
    yield "a"
    return "finished"

w = with_result()
next(w)
next(w)
def wrapper():
    result = yield from with_result()
    yield result.upper()

list(wrapper())
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
next(g)
g.close()
list(guarded())
def failing():
    yield 1
    raise ValueError("bad data")

f = failing()
next(f)
next(f)
next(f)
def early():
    yield 1
    raise StopIteration

list(early())
squares = (x * x for x in range(5))
sum(squares), sum(squares)
max(len(w) for w in "the quick brown fox".split())
sorted(countdown(4)), tuple(countdown(2)), set(countdown(3)), dict.fromkeys(countdown(2))
", ".join(str(n) for n in countdown(3))
any(n > 2 for n in countdown(3)), all(n > 2 for n in countdown(3))
a = countdown(1)
a.send(1)
yield 5
evens = (x for x in numbers() if x % 2 == 0)
next(evens), next(evens), next(evens)
any(x > 100 for x in numbers()), next(x for x in numbers() if x * x > 50)
list(1 / x for x in [1, 0])
pairs = [1, 2]
lazy = (a + b for a in pairs for b in pairs if a != b)
pairs.append(3)
list(lazy), list(lazy)
