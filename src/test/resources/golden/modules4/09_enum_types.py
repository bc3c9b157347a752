import enum, types
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

Color.RED, str(Color.RED), repr(Color.GREEN), Color.RED.name, Color.RED.value
Color(2), Color["BLUE"]
Color(7)
Color["PINK"]
list(Color), len(Color), Color.RED in Color
Color.RED == 1, Color.RED is Color(1)
Color.RED.value = 5
Color.__members__
type(Color), type(Color.RED), isinstance(Color.RED, Color)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

Status.OK == 200, Status.OK + 1, Status(404), f"{Status.OK}", str(Status.OK)
sorted([Status.NOT_FOUND, Status.OK])
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), Perm(7), Perm(0)
~Perm.R
class Mode(IntFlag):
    A = 1
    B = 2

Mode.A | Mode.B, Mode.A | 4, int(Mode.B)
class Auto(Enum):
    X = auto()
    Y = auto()

Auto.X.value, Auto.Y.value
@unique
class Dup(Enum):
    A = 1
    B = 1

class Alias(Enum):
    A = 1
    B = 1

Alias.B, list(Alias)
class S(StrEnum):
    HELLO = auto()

S.HELLO, S.HELLO.upper(), S.HELLO == "hello"
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
    @property
    def heavy(self):
        return self.mass > 1e24

Planet.EARTH.mass, Planet.EARTH.heavy, Planet.EARTH.value
Enum("Animal", "CAT DOG")
list(Enum("Animal", "CAT DOG"))
types.SimpleNamespace(a=1, b=2)
ns = types.SimpleNamespace(x=1); ns.y = 2; ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns)
ns.z
types.FunctionType, types.BuiltinFunctionType, types.ModuleType, types.LambdaType
types.MappingProxyType({"a": 1})
mp = types.MappingProxyType({"a": 1}); mp["a"]
mp["b"] = 2
def gen():
    yield 1

isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType)
isinstance(types, types.ModuleType), types.NoneType, types.EllipsisType
class K:
    def m(self):
        pass

isinstance(K().m, types.MethodType), type(K().m)
types.ModuleType("mymod")
types.new_class("Dyn", (object,))
types.ModuleType()
types.ModuleType(1)
m = types.ModuleType("m", "doc"); m, m.__doc__, sorted(dir(m))
types.ModuleType("a", "b", "c")
