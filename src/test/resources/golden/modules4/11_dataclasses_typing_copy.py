from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
import dataclasses, typing, copy
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
p, p == Point(1), p.x, p.tags
Point()
Point(1, 2, [], 4)
asdict(p), astuple(p), replace(p, y=5)
[f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(1)
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"

v = V(1)
v.a = 2
V(1) < V(2), sorted([V(3), V(1)]), hash(V(1)) == hash(V(1))
@dataclass
class Bad:
    items: list = []

@dataclass
class Order:
    a: int = 1
    b: int

@dataclass(repr=False, eq=False)
class NoRepr:
    a: int

NoRepr(1) == NoRepr(1)
@dataclass
class Post:
    a: int
    def __post_init__(self):
        self.b = self.a * 2

Post(3).b
Point.__dataclass_fields__.keys()
from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, NamedTuple, TypedDict
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {}

f.__annotations__
List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Any, Callable[[int], str]
T = TypeVar("T"); T
class Emp(NamedTuple):
    name: str
    id: int = 3

Emp("a"), Emp("a")._fields, Emp._field_defaults
class Movie(TypedDict):
    title: str

Movie(title="x"), type(Movie(title="x"))
typing.get_type_hints(f)
isinstance(3, int | str), int | None
typing.cast(int, "x")
typing.TYPE_CHECKING
a = [[1, 2], {"k": [3]}]
b = copy.copy(a); c = copy.deepcopy(a)
b[0] is a[0], c[0] is a[0], c == a
a[1]["k"].append(4); b[1]["k"], c[1]["k"]
class C:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        print("copy called")
        return C()

copy.copy(C()).items
copy.deepcopy(C()).items
copy.copy(5), copy.deepcopy((1, [2]))
