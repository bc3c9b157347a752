# about: tuples, packing and unpacking (starred too)
t = 1, 2, 3
t
()
(1,)
(1)
tuple([1, 2])
tuple('ab')
t[0]
t[1:]
t[0] = 9
t.count(2)
t.index(3)
a, b = 1, 2
a, b = b, a
a, b
x, *rest = [1, 2, 3, 4]
x, rest
*init, last = 'abc'
init, last
first, *mid, end = range(5)
mid
p, q = [1, 2, 3]
p, q, r = (1, 2)
p, q = 5
(m, n), o = (1, 2), 3
m, n, o
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)

(1, 2) + (3,)
(0,) * 3
len(())
hash((1, 2)) == hash((1, 2))
((1, 2), [3])
t2 = ([1],)
t2[0].append(2)
t2
min((3, 1), (2, 5))
