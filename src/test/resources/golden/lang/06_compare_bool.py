# about: comparisons, chaining, and/or/not return values, identity and membership
1 < 2 < 3
1 < 3 < 2
3 > 2 == 2
1 == 1.0
'a' < 'b'
'Z' < 'a'
[1, 2] < [1, 3]
(1, 2) == (1, 2)
1 != 2
None == None
0 and 5
3 and 5
0 or ''
'' or 'default'
None or 0 or []
not 0
not 'x'
not []
True and None
x = None
x is None
x is not None
[] is []
a = [1]
b = a
b is a
3 in [1, 2, 3]
4 not in [1, 2, 3]
'ell' in 'hello'
'k' in {'k': 1}
1 in {'k': 1}
bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(None)
bool(1), bool(-1), bool('0'), bool([0])
True == 1
True + 1
1 < 'a'
[1] < (1,)
None < 1
1 if True else 2
'yes' if [] else 'no'
type(1 < 2)
