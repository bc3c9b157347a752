from array import array
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**(array(tc).itemsize*8), -1, -2**(array(tc).itemsize*8)):
        try: array(tc, [v])
        except Exception as e: print(tc, v if abs(v)<2**65 else 'big', type(e).__name__, e)
for bad in [lambda: array('x'), lambda: array('i', [1.5]), lambda: array('d', ['a']), lambda: array('i', 'abc'), lambda: array('u', [1]), lambda: array('i').frombytes(b'abc'), lambda: array('i', [1]).pop(5), lambda: array('i').pop(), lambda: array('i', [1]).index(7), lambda: array('i', [1]).remove(7), lambda: array('i', [1])[5], lambda: array('i', [1]) + array('d'), lambda: array('i', [1]) + [1], lambda: array(), lambda: array('i', b'abc')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2, 3]); print(a, repr(array('d')), array('u', 'hi'), array('b', b'ab'), a.itemsize, a.typecode, a.tobytes(), a.tolist(), a[1], a[-1], a[0:2], len(a), list(a), 2 in a, a == array('i', [1,2,3]), a == array('d', [1,2,3]), a + a, a * 2, array('B', b'xyz').tobytes(), bytes(array('h', [1, -1])), array('d', [1.5]).tobytes(), array('f', [0.1]))
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a.pop(), a.pop(0), a.count(2), a.index(3), a)
a.reverse(); print(a); a.byteswap(); print(a); a.byteswap(); a[0] = 9; del a[1]; print(a, a.buffer_info()[1])
b = array('B', bytes(4)); import socket; s1, s2 = socket.socketpair(); s1.sendall(array('i', [1, 2])); n = s2.recv_into(b); print(n, b, memoryview(b).tobytes()); s1.close(); s2.close()
c = array('i'); c.frombytes(b'\x01\x00\x00\x00'); c.fromlist([7]); print(c, array('i', array('b', [1, 2])), sorted(array('i', [3, 1, 2])), array('i', range(3)), str(array('l', [1])), array.__module__, type(a), a.__class__.__name__)
import array as m; print(m.typecodes, m.ArrayType is array)
a += array('i', [1]); print(a); print(array('i', [1,2]) < array('i', [1,3]))
print(array('Q', [2**64-1]), array('L', [2**63]), array('d', [1e300, -0.0]), bool(array('i')), array('i', [5])[0:0])
