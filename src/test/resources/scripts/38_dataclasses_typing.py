# dataclasses and typing as socket programs use them for their messages
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import Any, Optional, List, Dict, Tuple, Callable, Union, NamedTuple, TypedDict, cast, TYPE_CHECKING
import typing

@dataclass
class Message:
    kind: str
    body: str = ''
    seq: int = 0
    tags: list = field(default_factory=list)

m = Message('hello', 'world')
print(m, m == Message('hello', 'world'), m != Message('x'))
print(asdict(m), astuple(m))
print([f.name for f in fields(m)], is_dataclass(m), is_dataclass(Message), is_dataclass(1))
print(replace(m, seq=5))
m.tags.append('a'); print(Message('x').tags, m.tags)

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p < Point(2, 0), sorted([Point(3), Point(1, 5), Point(1, 2)]), hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Message()
except TypeError as e:
    print(e)
try:
    Message('a', 'b', 1, [], 5)
except TypeError as e:
    print(e)

@dataclass
class Nested:
    name: str
    point: Point
    items: List[Point] = field(default_factory=list)
    meta: Dict[str, Any] = field(default_factory=dict)
    note: Optional[str] = None
    hidden: int = field(default=0, repr=False, compare=False)

n = Nested('n', Point(1), [Point(2)], {'k': Point(3)})
print(n)
print(asdict(n))
print(astuple(n))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

print(WithPost(3))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

class Addr(NamedTuple):
    host: str
    port: int = 80

a = Addr('localhost')
print(a, a.port, a._replace(port=8080), Addr._fields, a._asdict(), tuple(a))

class Config(TypedDict):
    host: str
    port: int

c = Config(host='h', port=1)
print(c, type(c))
print(cast(int, 'x'), TYPE_CHECKING, Optional[int], List[int], Dict[str, int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any)
def f(x: Optional[int] = None) -> List[str]:
    return [str(x)]
print(f())
T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
print(T, Stack().items, typing.Text, typing.NewType('UserId', int)(5))
print(Optional[Optional[int]], Union[int, None], Union[int], Union[int, Union[str, bytes]], typing.Literal['a', 'b'])
