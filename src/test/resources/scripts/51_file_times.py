# An FTP server's 'ls': a file's times, lexists, and hashlib's algorithm sets.
import os, time, hashlib
with open('f.txt', 'w') as f:
    f.write('x')
for fn in [os.path.getmtime, os.path.getatime, os.path.getctime]:
    print(fn.__name__, abs(fn('f.txt') - time.time()) < 100, type(fn('f.txt')).__name__)
print(os.path.lexists('f.txt'), os.path.lexists('nope'), os.path.lexists('a\0b'))
print(type(hashlib.algorithms_guaranteed).__name__, sorted(hashlib.algorithms_guaranteed)[:3])
os.remove('f.txt')
for fn in [os.path.getmtime, os.path.getatime, os.path.getctime, os.path.lexists]:
    try:
        fn(3.0 if fn is os.path.lexists else 'nope')
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
os.path.getctime('nope')
