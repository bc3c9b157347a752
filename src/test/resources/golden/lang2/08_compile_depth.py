def chain(n, test='x'):
    return 'x = 0\nif %s: pass\n' % test + ('elif %s: pass\n' % test) * n

for n in (2996, 2997, 2998, 2999):
    try:
        exec(chain(n))
        print(n, 'compiles')
    except RecursionError as e:
        print(n, type(e).__name__, e)

for n in (2995, 2996, 2997):
    try:
        compile(chain(n, 'x == 1'), 'chain', 'exec')
        print(n, 'compiles')
    except RecursionError as e:
        print(n, type(e).__name__, e)

def inner(n):
    return exec(chain(n))

for n in (2995, 2996, 2997):
    try:
        inner(n)
        print(n, 'compiles')
    except RecursionError as e:
        print(n, type(e).__name__, e)

exec(chain(3500))
print('alive')
