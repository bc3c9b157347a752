import socket, enum
isinstance(socket.AF_INET, enum.IntEnum), isinstance(socket.SOCK_STREAM, int), isinstance(socket.MSG_PEEK, enum.IntFlag)
issubclass(socket.AddressFamily, enum.IntEnum), issubclass(socket.AddressInfo, enum.IntFlag), type(socket.AddressFamily)
socket.AddressFamily.__mro__
socket.MsgFlag.__mro__
len(socket.AddressFamily), len(socket.AddressFamily.__members__), len(socket.MsgFlag), len(socket.AddressInfo)
list(socket.AddressFamily)
list(socket.MsgFlag)
list(socket.AddressInfo)
socket.AF_ROUTE, socket.AddressFamily.__members__['AF_ROUTE'] is socket.AF_NETLINK
socket.AddressFamily(2), socket.AddressFamily(socket.AF_INET6), socket.SocketKind(1) is socket.SOCK_STREAM
socket.AF_INET.name, socket.AF_INET.value, socket.AF_INET._name_, socket.AF_INET._value_
str(socket.AF_INET), repr(socket.AF_INET), format(socket.AF_INET), f'{socket.AF_INET:>4}|{socket.SOCK_DGRAM:03d}'
socket.AF_INET == 2, socket.AF_INET + 1, hash(socket.AF_INET) == hash(2), {socket.AF_INET: 'v4'}[2], {2: 'two'}[socket.AF_INET]
sorted([socket.AF_INET6, socket.AF_UNIX, socket.AF_INET]), bool(socket.AF_UNSPEC), int(socket.SOCK_DGRAM)
socket.MSG_PEEK | socket.MSG_DONTWAIT, socket.MSG_PEEK | 1, socket.AI_PASSIVE | socket.AI_CANONNAME
socket.MsgFlag(0), socket.MsgFlag(3), socket.MSG_PEEK & socket.MSG_PEEK, str(socket.MSG_PEEK | socket.MSG_OOB)
socket.AddressFamily.AF_INET is socket.AF_INET, socket.AddressFamily['AF_UNIX'], socket.AF_INET in socket.AddressFamily
socket.AddressFamily.__name__, socket.AddressFamily.__qualname__, socket.AddressFamily.__module__, socket.AF_INET.__class__
[(f.name, f.value) for f in socket.SocketKind]
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.family, s.type, s.family is socket.AF_INET6, type(s.type).__name__, s.family.name
s.close()
info = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
info[0][:2], type(info[0][0]), info[0][0] is socket.AF_INET
socket.AddressFamily(1000)
socket.SocketKind['SOCK_NOPE']
socket.MsgFlag.MSG_NOPE
class Color(enum.Enum):
    RED = 1

Color(7)
Color['BLUE']
