# about: sets of ints: operators, methods, the empty set repr
s = {3, 1, 2}
s
set()
type({})
set([1, 1, 2])
{1, 2} | {2, 3}
{1, 2} & {2, 3}
{1, 2} - {2, 3}
{1, 2} ^ {2, 3}
s.add(4)
s.add(1)
s
s.remove(4)
s.remove(9)
s.discard(9)
len(s)
2 in s
{1, 2} <= {1, 2, 3}
{1, 2} == {2, 1}
{x % 3 for x in range(10)}
set(range(5))
s.pop()
s
{[1]}
{1} + {2}
{1, 2}.union([5])
{1, 2, 3}.intersection({2, 3, 4})
sorted({5, 4, 6})
e = set()
e.add(0)
e
