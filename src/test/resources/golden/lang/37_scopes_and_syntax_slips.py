# about: class-scope rules, docstrings, vars(), and the syntax slips learners make typing classes and conditions
x = 5
class A:
    """Holds x."""
    y = x
    x = 3
    z = x * 2
    del x

A.y, A.z, hasattr(A, "x"), A.__doc__
class B:
    del q

vars(A())
vars(5)
class Box:
    items = []
    def add(self, item):
        self.items.append(item)

b1, b2 = Box(), Box()
b1.add(1)
b2.add(2)
b1.items, b2.items, Box.items is b1.items
if x = 3:
    pass

while x = 1:
    pass

if b1.items = []:
    pass

if x == 5
    print("five")

class Missing
    pass

def f()
    return 1

print "hello"
foo bar
else:
    pass

try:
    x = 1

try:
    x = 1
finally:
    print("finally", x)

for i in range(3):
print(i)

class Empty:

break
def g(a, a):
    pass

f(a=1, a=2)
return 5
