# sys.stdin as programs use it: readline, input() sharing its buffer, iteration, read, limits.
import sys

print(sys.stdin, sys.stdin.isatty(), sys.stdout.isatty())
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.closed)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdout.writable())
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(input('name? ')))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline(0)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip('\n').upper())
    if line.strip() == 'stop':
        break
print(sys.stdin.readlines(1))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('more? ')
except EOFError as e:
    print('EOFError', repr(e))
for bad in (lambda: sys.stdout.read(), lambda: sys.stdin.write('x'), lambda: sys.stdout.write(b'x'),
            lambda: sys.stdin.readline(1, 2), lambda: sys.stdin.read('3'), lambda: sys.stdin.seek(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
n = sys.stdout.write('written\n')
sys.stdout.flush()
print(n, sys.stderr.write('to stderr\n'))
print('also to stderr', file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__)
sys.stdout.writelines(['a\n', 'b\n'])
sys.stdin.close()
print(sys.stdin.closed)
sys.stdin.readline()
