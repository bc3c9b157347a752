import array
import socket
print(array.typecodes)
lim = {'b': (-2**7, 2**7-1), 'B': (0, 2**8-1), 'h': (-2**15, 2**15-1), 'H': (0, 2**16-1), 'i': (-2**31, 2**31-1),
       'I': (0, 2**32-1), 'l': (-2**63, 2**63-1), 'L': (0, 2**64-1), 'q': (-2**63, 2**63-1), 'Q': (0, 2**64-1)}
for t, (lo, hi) in lim.items():
    a = array.array(t, [lo, hi])
    print(t, a.itemsize, a, a.tobytes().hex())
    for v in (lo - 1, hi + 1, 2**64, -2**63 - 1):
        try:
            array.array(t, [v])
        except OverflowError as e:
            print(' ', v, e)
print(array.array('i', [1, 2]), array.array('d', [1.5, -2]), array.array('f', [0.1]), array.array('u', 'ab'), array.array('b', b'\x01\xff'))
a = array.array('h', [1, 2, 3])
print(a.buffer_info()[1], a.tobytes(), a.tolist(), a[1], a[-1], a[::2], a * 2, 2 * a, a + a, 2 in a, 7 in a, len(a))
print(a == array.array('h', [1, 2, 3]), a == array.array('i', [1, 2, 3]), a == [1, 2, 3], a < array.array('h', [1, 3]))
a.byteswap()
print(a)
a.byteswap()
a.append(4)
a.extend([5, 6])
a.extend(array.array('h', [7]))
a.insert(0, 0)
a.insert(-1, 99)
print(a, a.pop(), a.pop(0), a)
a.remove(99)
a.reverse()
print(a, a.count(2), a.index(3))
a[0] = 10
a[1:3] = array.array('h', [20, 30, 40])
del a[-1]
del a[::2]
print(a)
a += array.array('h', [8])
a *= 2
print(a, list(a), [x for x in a], bytes(array.array('H', [258])), sum(array.array('d', [0.5, 0.25])))
a.frombytes(b'\x01\x00')
a.fromlist([9])
print(a, array.array('u', 'hé').tounicode(), type(a), array.ArrayType is array.array)
for bad in ("array.array('i') + array.array('h')", "array.array('x')", "array.array('i').frombytes(b'abc')",
            "array.array('i', [1.5])", "array.array('i').pop()", "array.array('i')[3]", "array.array('i', [1]).index(5)",
            "array.array('i', [1]).remove(5)", "array.array('i', 5)", "array.array(5)", "array.array('ii')",
            "array.array('d', ['x'])", "array.array('u', [1])", "array.array('i', 'abc')", "array.array('i') + [1]",
            "array.array('i', [1])['a']", "hash(array.array('i'))", "array.array('i').extend(array.array('h'))",
            "array.array('i', [1])[5] = 3", "array.array('i', [1]).fromlist((1,))", "array.array('i')[0:1] = [1]",
            "array.array('B', [1]).tounicode()"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()
client.sendall(array.array('i', [1, -2, 3]))
got = array.array('i', [0, 0, 0])
n = conn.recv_into(got)
print(n, got)
client.send(array.array('d', [2.5]))
buf = array.array('b', [0] * 8)
print(conn.recv_into(buf), array.array('d', buf.tobytes()))
mv = memoryview(array.array('B', [1, 2, 3]))
print(bytes(mv), len(mv))
client.close(); conn.close(); server.close()
