# 服务器脚本开头常见的一句: os.chdir 切到脚本所在的目录; relative files and AF_UNIX names follow it.
import os, sys, socket
BASE_DIR = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(BASE_DIR, 'files', 'sub'), exist_ok=True)
os.chdir(os.path.join(BASE_DIR, 'files'))
print(os.path.relpath(os.getcwd(), BASE_DIR), os.path.abspath('x.txt') == os.path.join(BASE_DIR, 'files', 'x.txt'))
with open('x.txt', 'w') as f:
    f.write('hi')
print(os.listdir('.'), os.path.exists('../files/x.txt'), os.path.isfile(os.path.join(BASE_DIR, 'files', 'x.txt')))
os.chdir('sub')
print(os.path.basename(os.getcwd()), os.listdir('..'))
os.chdir('..')
for bad in ['nowhere', 'x.txt', 5.0]:
    try:
        os.chdir(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
s = socket.socket(socket.AF_UNIX)
s.bind('local.sock')
print(os.path.exists('local.sock'), os.path.exists(os.path.join(BASE_DIR, 'files', 'local.sock')))
s.close()
os.remove('local.sock')
os.remove('x.txt')
os.chdir(BASE_DIR)
print(sorted(os.listdir('files')))
os.chdir()
