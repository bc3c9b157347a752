# about: list slice assignment, del, operators, comprehensions, nesting
b = [0, 1, 2, 3, 4, 5]
b[1:3] = ['x', 'y', 'z']
b
b[::2]
b[::-2]
del b[0]
del b[1:3]
b
b[:] = []
b
[1, 2] + [3]
[0] * 4
[[]] * 2
2 in [1, 2]
[x * x for x in range(5)]
[x for x in range(10) if x % 3 == 0]
[(i, j) for i in range(2) for j in range(2)]
[c for c in 'hey']
[].pop()
[1, 2][5]
list('abc')
list(range(3))
len([1, [2, 3]])
m = [[1, 2], [3, 4]]
m[1][0]
nested = [1, [2, [3, []]]]
nested
l = [1]
l.append(l)
l
[1, 2, 3][-1]
[1, 'a', None, True, 2.5]
min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8])
sorted([3, 1, 2])
list(reversed([1, 2, 3]))
[1, 'a'].sort()
