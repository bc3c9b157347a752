"""Records what CPython 3.11's dir() lists for the built-in objects socklab offers, so socklab's
dir() shows a learner the same names. Run: python3 src/test/tools/record_dir_names.py > \
src/main/resources/socklab/runtime/object/dir-names.txt"""
import datetime
import socket
import struct
import time

samples = {
    "int": 1, "bool": True, "float": 1.5, "complex": 1j, "str": "", "bytes": b"", "bytearray": bytearray(),
    "list": [], "tuple": (), "dict": {}, "set": set(), "frozenset": frozenset(), "range": range(1),
    "NoneType": None, "slice": slice(1), "function": lambda: 0, "builtin_function_or_method": len,
    "type": int, "socket.socket": socket.socket(),
    "socket.AddressFamily": socket.AF_INET, "socket.SocketKind": socket.SOCK_STREAM,
    "_struct.Struct": struct.Struct("i"),
    "time.struct_time": time.gmtime(0), "datetime.date": datetime.date(2024, 1, 2),
    "datetime.datetime": datetime.datetime(2024, 1, 2), "datetime.time": datetime.time(),
    "datetime.timedelta": datetime.timedelta(1), "datetime.timezone": datetime.timezone.utc,
}
for name in ["BaseException", "Exception", "OSError", "ValueError", "TypeError", "KeyError"]:
    samples[name] = getattr(__builtins__, name)()
for key, value in samples.items():
    print("type:" + key, " ".join(dir(value)))
samples["socket.socket"].close()
