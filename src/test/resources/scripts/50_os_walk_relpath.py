# A folder upload's walk: os.walk top-down (pruned and sorted in place) and bottom-up, relpath, commonprefix.
import os
import shutil
base = 'tree'
for sub in ['a/b/c', 'a/skip/deep', 'd', 'e']:
    os.makedirs(os.path.join(base, sub), exist_ok=True)
for rel in ['top.txt', 'a/one.py', 'a/b/two.py', 'a/skip/deep/x', 'd/说明.txt']:
    with open(os.path.join(base, rel), 'w') as f:
        f.write(rel)
for root, dirs, files in os.walk(base):
    dirs.sort()
    if 'skip' in dirs:
        dirs.remove('skip')
    print(root, dirs, sorted(files), os.path.relpath(root, base))
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)))
print([r for r, d, f in os.walk(base + '/')][:1], list(os.walk('missing')))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)
w = os.walk(base)
print(next(w)[0], type(w).__name__)
for p, s in [('a/b/c', 'a'), ('a', 'a/b/c'), ('/x/y', '/x/z/w'), ('.', '.'), ('tree/a', None), ('/', '/a')]:
    print(p, s, os.path.relpath(p) if s is None else os.path.relpath(p, s))
print(os.path.relpath(os.path.abspath('tree/d'), os.getcwd()), os.path.relpath('tree', start='tree/a/b'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/lib2']), repr(os.path.commonprefix([])), os.path.commonprefix(['abc']))
shutil.rmtree(base)
print(os.path.exists(base))
os.path.relpath('')
