# about: what the prompt echoes, _, print sep/end, del
None
x = 5
x
_
3 + 4
_ * 2
_
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('a', 'b', sep='')
print('no newline', end=''); print(' continued')
print()
print(1, 2.5, None, True, [1, 'x'], {'k': 'v'}, (1,))
print('x', end='!\n', sep='?')
print(*[1, 2, 3])
print('%s' % None)
del x
x
y = [1, 2, 3]
del y[0]
y
a = b = 7
del a, b
a
