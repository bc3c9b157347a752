# The enum module as socket programs use it: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), Color.RED in Color)
print(Color.RED.describe(), Color.favourite())
print(type(Color.RED), isinstance(Color.RED, Color), type(Color))
print(Color, repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(f"{Color.RED}", "{}".format(Color.GREEN), str(Color.BLUE))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color._member_names_)
for bad in (7, 'RED'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError', e)


class Op(IntEnum):
    ECHO = 1
    QUIT = auto()
    PING = 10
    PONG = auto()


print(Op.ECHO, repr(Op.QUIT), Op.PONG, Op.PONG + 1, Op.ECHO == 1, Op(10), Op.QUIT < Op.PING)
print(f"{Op.PING}", f"{Op.PING:04d}", int(Op.PONG), isinstance(Op.ECHO, int), [int(o) for o in Op])
print(sorted([Op.PING, Op.ECHO]), hex(Op.PING), Op.PING.value, Op.PING.name)
print({1: 'one'}[Op.ECHO], str(Op.ECHO), "%d" % Op.QUIT)


class State(Enum):
    IDLE = auto()
    BUSY = auto()
    DONE = auto()


print(list(State), State.DONE.value)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(Perm), Perm(3), repr(~Perm.R), list(rw))


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.C, repr(Mode.A | Mode.C), Mode.B | 1, repr(Mode(0)), Mode.A & 3)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MARS.value, Planet.MARS.radius)


class Tag(str, Enum):
    JSON = 'json'
    TEXT = 'text'


print(Tag.JSON == 'json', Tag('text'), repr(Tag.TEXT), Tag.JSON.upper())


class Level(StrEnum):
    LOW = auto()
    HIGH = 'high'


print(Level.LOW, repr(Level.LOW), Level.HIGH == 'high', f"{Level.LOW}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape(3), repr(Shape.SQUARE))
print(Color.RED.__class__.__name__, Color.__name__, isinstance(Color, enum.EnumMeta), enum.EnumMeta is enum.EnumType)


class Status(Enum):
    OK = 'ok'

    @property
    def shout(self):
        return self.value.upper()


print(Status.OK.shout, Status('ok'))
