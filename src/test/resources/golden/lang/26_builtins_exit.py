# about: the remaining builtins, walrus, generator expressions, and exit() ending the session
any([0, '', None])
any([0, 1])
all([1, 'x', [0]])
all([])
sum([1, 2, 3], 10)
sum(x * x for x in range(4))
min('banana'), max('banana')
min([3, 1, 2], key=lambda v: -v)
max({'a': 3, 'b': 5}.values())
max(1, 2.5, 2)
list(zip('abc', [1, 2, 3]))
dict(zip(['k1', 'k2'], [1, 2]))
list(enumerate(['x', 'y']))
it = iter([10, 20])
next(it)
next(it)
next(it, 'done')
list(reversed('abc'))
getattr('text', 'upper')()
getattr('text', 'nope', 'fallback')
getattr('text', 'nope')
hasattr('text', 'split'), hasattr(5, 'split')
setattr(5, 'x', 1)
a = [1]
b = a
id(a) == id(b)
hash(42)
hash(True)
hash((1, 2)) == hash((1, 2))
if (n := len('walrus')) > 3:
    print('long', n)

n
[y for x in range(4) if (y := x * 10) > 10]
callable = 'shadowed'
callable
len = 5
del len
len('ok')
exit
quit
exit()
print('never printed')
