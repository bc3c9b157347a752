# about: loops and iteration idioms: while/else with break, for/else, unpacking, enumerate/zip, sorted with keys, comprehension filters, nested functions
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("found 4")
        break
else:
    print("no break, n =", n)

for port in [21, 22, 80]:
    if port == 8080:
        break
else:
    print("8080 not in list")

i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)

pairs = [("b", 2), ("a", 3), ("c", 1)]
for letter, number in pairs:
    print(letter * number)

for idx, (letter, number) in enumerate(pairs, start=1):
    print(idx, letter, number)

for (a, b), c in zip(pairs, "xyz"):
    print(a, b, c)

first, *middle, last = range(6)
first, middle, last
(x, y), z = "ab", [1]
x, y, z
a, b = 1, 2, 3
a, b, c = [1, 2]
a, b = 5
for k, v in {"x": 1}:
    pass

names = ["delta", "Alpha", "charlie", "Bravo"]
sorted(names), sorted(names, key=str.lower), sorted(names, key=len), sorted(names, key=lambda s: (len(s), s.lower()), reverse=True)
names.sort(key=lambda s: s[-1])
names
sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "c", 1: "a"}), sorted([(2, "b"), (1, "z"), (2, "a")])
sorted([1, "a"])
sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), min(["10", "9"], key=int), max([], default=None)
max([])
people = [{"name": "Al", "age": 30}, {"name": "Bo", "age": 25}, {"name": "Cy", "age": 30}]
sorted(people, key=lambda p: p["age"])[0]["name"], [p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))]
[p["name"] for p in people if p["age"] > 26], {p["name"]: p["age"] for p in people if p["name"] != "Bo"}
[x * y for x in range(1, 4) for y in range(x) if (x + y) % 2]
[[c for c in w if c not in "aeiou"] for w in ["socket", "data"]]
[w if len(w) > 3 else w.upper() for w in "a long list of words".split()]
list(zip([1, 2, 3], "ab")), list(zip()), dict(zip(["k1", "k2"], [1, 2])), list(enumerate("ab", 10))
list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "x", None])), list(reversed(range(3)))
matrix = [[1, 2, 3], [4, 5, 6]]
[list(row) for row in zip(*matrix)], [sum(col) for col in zip(*matrix)], [cell for row in matrix for cell in row]
def make_handler(prefix):
    seen = []
    def handle(msg):
        seen.append(msg)
        return f"{prefix}[{len(seen)}] {msg}"
    return handle

h = make_handler("srv")
h("hi"), h("there"), h.__name__, h.__qualname__
def outer():
    total = 0
    def add(n):
        total += n
    add(1)

outer()
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)

apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda: "no args")
apply(len)
squares = {n: n * n for n in range(5)}
{k: v for k, v in squares.items() if v % 2 == 0}, sum(squares.values()), list(squares)[-2:]
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner finished for", i)
        continue
    print("inner broke at", i)

total = 0
for n in range(1, 101):
    if n % 3 == 0 or n % 5 == 0:
        total += n

total
count = 0
def bump():
    count += 1

bump()
def bump_ok():
    global count
    count += 1
    return count

bump_ok(), bump_ok(), count
