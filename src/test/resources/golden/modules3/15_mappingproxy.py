import types
m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), len(m), list(m), m['a'], m.get('z'), 'a' in m, m.keys(), m.values(), m.items(), m.copy(), type(m), m == {'a':1,'b':2}, dict(m))
print(str(m), m | {'c': 3})
try: m['c'] = 3
except Exception as e: print(type(e).__name__, e)

try: m['zz']
except Exception as e: print(type(e).__name__, e)

try: del m['a']
except Exception as e: print(type(e).__name__, e)

try: hash(m)
except Exception as e: print(type(e).__name__, e)

try: types.MappingProxyType([1])
except Exception as e: print(type(e).__name__, e)

import socket
print(type(socket.AddressFamily.__members__), list(socket.SocketKind.__members__.items())[:2])
print(socket.SocketKind.__members__)
socket.AddressFamily.__members__['AF_INET'], len(socket.MsgFlag.__members__)
