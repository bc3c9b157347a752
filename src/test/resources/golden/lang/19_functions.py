# about: def with defaults, *args, **kwargs, keyword-only, closures, nonlocal, global, recursion, lambda
def greet(name, greeting='Hello'):
    return greeting + ', ' + name

greet('Bo')
greet('Bo', 'Hi')
greet(greeting='Yo', name='Al')
def show(*args, **kwargs):
    print(args, kwargs)

show()
show(1, 2, x=3)
show(*[1, 2], **{'k': 'v'})
def kw(a, *, b):
    return a + b

kw(1, b=2)
kw(1, 2)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
c()
c()
c()
g = 10
def set_g():
    global g
    g = 20

set_g()
g
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(5)
fact(30)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

[fib(i) for i in range(10)]
sq = lambda x: x * x
sq(7)
sorted(['bbb', 'a', 'cc'], key=lambda s: len(s))
sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[1])
def nothing():
    pass

nothing()
print(nothing())
r = nothing()
r is None
def early(x):
    if x:
        return 'yes'
    return 'no'

early(0), early(1)
def default_list(item, acc=[]):
    acc.append(item)
    return acc

default_list(1)
default_list(2)
list(map(lambda x: x + 1, [1, 2]))
list(filter(lambda x: x % 2, range(6)))
def multi():
    return 1, 2

a, b = multi()
a + b
def add(a, b):
    return a + b

add(1, 2, 3)
add(1)
add(1, b=2, c=3)
add(1, a=2)
