# about: os and os.path on files in the sandbox folder
import os
os.name, os.sep, os.linesep
os.path.join('/a', '/b', 'c'), os.path.join('a', ''), os.path.join('a', 'b', 'c')
os.path.splitext('a.tar.gz'), os.path.splitext('.bashrc'), os.path.split('/a/b/')
os.path.basename('/a/b.txt'), os.path.dirname('/a/b.txt'), os.path.normpath('a//b/./c/../d')
os.strerror(13), os.strerror(39), os.strerror(999)
os.getenv('SOCKLAB_SURELY_UNSET'), os.getenv('SOCKLAB_SURELY_UNSET', 'dflt')
d = os.path.join('{TMP}', 'd')
os.mkdir(d)
with open(os.path.join(d, 'f.txt'), 'w') as f:
    _ = f.write('12345')

os.listdir(d), os.path.getsize(d + '/f.txt'), os.path.exists(d), os.path.isdir(d), os.path.isfile(d)
os.stat(d + '/f.txt').st_size, type(os.stat(d + '/f.txt').st_mtime)
os.rename(d + '/f.txt', d + '/g.txt')
os.listdir(d)
os.rmdir(d)
os.unlink(d)
os.mkdir(d)
os.makedirs(d)
os.rename('{TMP}/nope', '{TMP}/x')
os.stat('{TMP}/nope')
os.path.getsize('{TMP}/nope')
os.stat(1.5)
os.remove(None)
os.path.join('a', 1)
os.makedirs(d + '/e/f')
os.makedirs(d + '/e/f', exist_ok=True)
sorted(os.listdir(d))
os.remove(d + '/g.txt'); os.rmdir(d + '/e/f'); os.rmdir(d + '/e'); os.rmdir(d)
os.listdir('{TMP}')
len(os.urandom(8)), os.cpu_count() > 0, os.getpid() > 0
from os.path import join
import os.path as p
p is os.path, join('x', 'y')
