# C types name themselves with their module in messages (tp_name), while __name__ stays bare
import io
import re
import socket
import struct
import threading

s = socket.socket()
for o in [io.BytesIO(), io.StringIO(), s.makefile("rb"), s.makefile("wb"), s.makefile("rwb"), s.makefile("r"),
          threading.Lock(), threading.RLock(), struct.Struct("!H"), re.compile("a"), re.match("a", "a")]:
    try:
        o.mode
    except AttributeError as e:
        print(e)
    print(repr(o).split(" at 0x")[0].split(" owner=")[0], type(o).__name__, type(o))
print(io.BufferedReader, io.TextIOWrapper.__name__, io.BytesIO.__qualname__)
s.close()
