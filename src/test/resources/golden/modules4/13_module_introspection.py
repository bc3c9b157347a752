import struct, json, errno, binascii, base64, io, collections, random, string, math, datetime, time, types, hashlib, copy, functools, itertools, operator, sys, uuid, secrets, enum, dataclasses, typing, hmac
dir(struct)
[n for n in dir(collections) if not n.startswith("_") and n not in ("abc", "UserDict", "UserList", "UserString")]
type(struct.pack), type(len)
[n for n in dir(itertools) if not n.startswith("_")]
[n for n in dir(functools) if n in ("reduce", "partial", "wraps", "lru_cache", "cache", "total_ordering", "cmp_to_key", "cached_property", "singledispatch")]
[n for n in dir(datetime) if not n.startswith("_")]
struct.__name__, json.__package__, io.__package__, collections.__package__
type(struct), type(sys), isinstance(math, types.ModuleType)
struct.__spec__.name, json.__spec__.parent, sys.__spec__.origin, io.__spec__.origin
json.__file__.endswith("json/__init__.py"), struct.__file__.endswith("struct.py"), base64.__cached__.endswith(".pyc")
sys.__file__
errno.__file__
print(struct.__doc__.splitlines()[0])
print(json.__doc__.splitlines()[0])
print(base64.__doc__)
math.__doc__
sys.modules["struct"] is struct, "struct" in sys.modules
struct.__all__
json.__all__
json.__version__
from struct import *
pack(">H", 1)
from json import *
dumps([1])
import json.decoder
json.decoder.__name__, json.decoder.__package__
import json.nonexistent
import nonexistent_module
import os.path
os.path.__name__
time.struct_time.__module__, datetime.date.__module__, io.BytesIO.__module__, collections.deque.__module__
callable(json.dumps), callable(struct.Struct), callable(io.StringIO)
