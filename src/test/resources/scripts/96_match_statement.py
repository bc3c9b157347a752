# the match statement: every pattern form, guards, bindings, and match/case still usable as names
import collections
import re
from dataclasses import dataclass

match = re.match(r"(\w+) (\d+)", "GET 42")
case = match.group(1)
print(case, match(1) if callable(match) else match.group(2))

@dataclass
class Point:
    x: int
    y: int

class Cmd:
    __match_args__ = ("verb", "arg")
    def __init__(self, verb, arg=None):
        self.verb, self.arg = verb, arg
    def __repr__(self):
        return f"Cmd({self.verb!r}, {self.arg!r})"

OK = 200

def describe(msg):
    match msg:
        case None:
            return "nothing"
        case True | False as flag:
            return f"flag {flag}"
        case 0 | 1 | -1:
            return "small int"
        case 3.5 | 2+3j:
            return "odd number"
        case "quit" | b"quit":
            return "quit"
        case str() as s if s.startswith("/"):
            return f"command {s[1:]!r}"
        case str(s):
            return f"text {s!r}"
        case int(n) if n == OK:
            return "the OK constant"
        case int(n) if n > 1000:
            return f"big {n}"
        case int():
            return "some int"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return f"pair of {x}"
        case (first, *middle, last):
            return f"first {first} middle {middle} last {last}"
        case {"op": "add", "args": [a, b]}:
            return f"add {a + b}"
        case {"op": op, **rest}:
            return f"op {op} rest {rest}"
        case {}:
            return "some dict"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "a point"
        case Cmd("say", arg):
            return f"say {arg}"
        case Cmd(verb, arg=None):
            return f"{verb} alone"
        case Cmd(_, _):
            return "other command"
        case _:
            return f"unknown {type(msg).__name__}"

for m in [None, True, 0, -1, 3.5, 2+3j, "quit", b"quit", "/help", "hello", 200, 5000, 7, [], [9], [2, 2], [1, 2],
          (1, 2, 3, 4), range(3), "ab", {"op": "add", "args": [2, 3]}, {"op": "mul", "x": 1}, {"k": 1}, {},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Cmd("say", "hi"), Cmd("wait"), Cmd("go", "x"),
          collections.deque([1, 2]), 1.5, {1, 2}, b"xy", bytearray(b"z")]:
    print(repr(m), "->", describe(m))

def names():
    match (1, [2, 3], {"k": "v"}):
        case (a, [b, *c], {"k": d}) as whole:
            print(a, b, c, d, whole)
    match 5:
        case 6:
            print("no")
    print("after unmatched")
    match [1, 2, 3]:
        case [*_, 3]:
            print("ends with 3")
    match 42:
        case x:
            print("captured", x)
    print(x)
names()

for bad in [lambda: Point(1, 2), lambda: 5]:
    try:
        match bad():
            case Point(1, 2, 3):
                pass
    except TypeError as e:
        print("TypeError:", e)
try:
    match 5:
        case print():
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
def f(v):
    for item in v:
        match item:
            case "stop":
                break
            case "skip":
                continue
            case _:
                print("item", item)
    return "done"
print(f(["a", "skip", "b", "stop", "c"]))
