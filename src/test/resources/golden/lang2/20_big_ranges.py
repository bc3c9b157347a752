r = range(2**64)
r, r[2**64 - 1], r[-1], r[::2**64], 2**63 in r, r.index(5), r.count(2**64 - 1)
range(10)[::2**64]
range(0, 2**70, 2**68)
list(range(2**64, 2**64 + 3))
list(reversed(range(2**64, 2**64 + 2))), list(reversed(range(5))), list(reversed(range(10, 0, -3)))
range(2**64)[2**63:], bool(range(2**64)), bool(range(2**64, 0))
len(r)
len(range(2**40))
range(2**64) == range(0, 2**64, 1)
range(10)[2**70]
range(2**64)[2**64]
range(10)['a']
range(1.5)
range(0, 2**64, 0)
range(-2**63, 2**63 - 1), range(5)[-2**70:2**70], 3 in range(2**64, 0, -1), range(2**64)[:3]
len(range(-2**63, 2**63))
range(2**64).index(2**63), range(0, 2**64, 2)[2**62], 2**64 - 2 in range(0, 2**64, 2), 2**64 - 1 in range(0, 2**64, 2)
r.start, r.stop, r.step
type(iter(r)), type(iter(range(3))), type(reversed(range(3)))
