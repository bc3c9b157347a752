# about: if/elif/else, while/else, for/else, break/continue, nested loops, range forms
x = 7
if x < 5:
    print('small')
elif x < 10:
    print('medium')
else:
    print('large')

if x:
    pass

n = 0
while n < 3:
    print('n =', n)
    n += 1
else:
    print('while done')

while True:
    n -= 1
    if n == 1:
        break
else:
    print('not printed')

n
for i in range(3):
    print(i, end=' ')
else:
    print('for done')

for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
else:
    print('not printed')

for i in range(1, 3):
    for j in range(1, 3):
        print(i, '*', j, '=', i * j)

list(range(5))
list(range(2, 8))
list(range(10, 0, -3))
list(range(0))
range(5)
range(1, 10, 2)
range(3)[1]
len(range(0, 100, 7))
range(0, 10, 0)
for c in 'ab':
    for d in 'xy':
        if d == 'y':
            break
        print(c + d)

total = 0
for k in range(101):
    total += k

total
for i, ch in enumerate('xyz', start=1):
    print(i, ch)

for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)

i
while False:
    pass
else:
    print('else runs')

