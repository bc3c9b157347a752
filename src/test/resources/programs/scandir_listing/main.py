# An FTP server's 'ls' with os.scandir: names, kinds and sizes, sorted.
import os
os.makedirs('share/docs', exist_ok=True)
for n, size in [('a.txt', 10), ('b.bin', 300)]:
    with open(os.path.join('share', n), 'wb') as f:
        f.write(b'x' * size)
with os.scandir('share') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    kind = 'd' if e.is_dir() else '-'
    size = e.stat().st_size if e.is_file() else 0
    print(kind, e.name, size, e.path, e.is_symlink(), e.is_file(follow_symlinks=False), repr(e), os.fspath(e) == e.path)
print(type(entries[0]).__name__, isinstance(entries[0], os.DirEntry))
print(sorted(e.name for e in os.scandir()) [:3], [e.path for e in os.scandir('share/docs')])
it = os.scandir('share')
print(type(it).__name__, len(list(it)), list(it))
it.close()
print(os.path.getsize(entries[1]), open(entries[0]).read(3))
try:
    os.scandir('nope')
except FileNotFoundError as e:
    print(e)
os.scandir(5.5)
