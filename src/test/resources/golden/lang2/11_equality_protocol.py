class A:
    def __eq__(self, o):
        print('A.eq')
        return NotImplemented

class B(A):
    def __eq__(self, o):
        print('B.eq')
        return NotImplemented

class C:
    def __eq__(self, o):
        print('C.eq')
        return True

A() == A()
A() == B()
B() == A()
A() == C()
1 == C()
'a' == A()
class Boom:
    def __eq__(self, o):
        raise ValueError('mine')

Boom() in [1, 2]
[1, 2].count(Boom())
[1, 2].index(Boom())
[1, 2].remove(Boom())
1 == Boom()
b = Boom()
b in [b]
[b] == [b]
x = float('nan')
x == x, x != x, [x] == [x], x in [x]
class Never:
    def __eq__(self, o):
        return False

n = Never()
n == n, n != n, n in [n], [n] == [n]
class S(str): pass

S('a') == 'a', 'a' == S('a'), S('a') in ['a']
class E(int):
    def __eq__(self, o):
        print('E.eq')
        return False

1 == E(1), E(1) == 1
print('alive')
