# 上传整个文件夹: os.walk, 相对路径, 每个文件一个 json 报头
import socket, os, sys, json, struct
base = 'project'
for sub in ['src/utils', 'docs', 'empty']:
    os.makedirs(os.path.join(base, sub), exist_ok=True)
files = {'README.md': '# 项目\n', 'src/main.py': 'print("hi")\n', 'src/utils/helper.py': 'x = 1\n' * 100, 'docs/说明.txt': '文档' * 1000}
for rel, text in files.items():
    with open(os.path.join(base, rel), 'w', encoding='utf-8') as f:
        f.write(text)
s = socket.create_connection((sys.argv[1], int(sys.argv[2])))
count = 0
for root, dirs, names in sorted(os.walk(base)):
    dirs.sort()
    for n in sorted(names):
        path = os.path.join(root, n)
        rel = os.path.relpath(path, base)
        head = json.dumps({'path': rel.replace(os.sep, '/'), 'size': os.path.getsize(path)}).encode()
        s.sendall(struct.pack('!I', len(head)) + head)
        with open(path, 'rb') as f:
            s.sendall(f.read())
        count += 1
s.sendall(struct.pack('!I', 0))
print('sent', count, 'files')
print(s.recv(1024).decode())
print(sorted(os.listdir(base)), os.path.split('a/b/c.txt'), os.path.splitext('x.tar.gz'), os.path.dirname('/a/b/'), os.path.basename('/a/b/'))
print(os.path.join('a', '/b'), os.path.normpath('a/./b/../c'), os.path.abspath('.') == os.getcwd(), os.sep, os.linesep == '\n')
