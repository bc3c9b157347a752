import pickle
pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL
for p in range(6):
    print(p, pickle.dumps([None, True, False, 0, 255, 256, 65536, -1, -2**31 - 1, 2**31, 2**64, -10**30], p))

for p in range(6):
    print(p, pickle.dumps((1.5, -0.0, float('inf'), 'a', 'héllo\n\\€😀', '', b'', b'\x00\xff', bytearray(b'ab')), p))

for p in range(6):
    print(p, pickle.dumps([(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {'a': 1}, {'a': 1, 'b': 2}, set(), {7}, frozenset(), frozenset([8])], p))

pickle.dumps('x' * 300)
pickle.dumps(b'y' * 256, 3)
len(pickle.dumps(list(range(2500)))), pickle.dumps(list(range(2500)))[:16]
len(pickle.dumps(b'z' * 70000)), pickle.dumps(b'z' * 70000)[:12], pickle.dumps([b'z' * 70000, 'end'])[-20:]
shared = ['s']
pickle.dumps([shared, shared, (shared,)])
a = [1]; a.append(a)
pickle.dumps(a), pickle.dumps(a, 0)
t = ([],); t[0].append(t)
pickle.dumps(t), pickle.dumps(t, 2), pickle.dumps(t, 1)
pickle.dumps(len), pickle.dumps(int, 2), pickle.dumps(type(None)), pickle.dumps(Ellipsis), pickle.dumps(range(1, 9, 2)), pickle.dumps(2 + 3j)
pickle.dumps(1, protocol=6)
pickle.dumps(1, -1)
