import argparse, sys
with open('payload.txt', 'w') as f:
    f.write('hello server\n')

argparse.FileType('r'), argparse.FileType('wb', 0, 'utf-8'), argparse.FileType()
p = argparse.ArgumentParser(prog='send.py')
p.add_argument('--file', type=argparse.FileType('r'), help='what to send')
p.add_argument('--log', type=argparse.FileType('w'), default='-')
a = p.parse_args(['--file', 'payload.txt'])
a.file.read()
a.file.close()
a.log is sys.stdout
try:
    p.parse_args(['--file', 'missing.txt'])
except SystemExit as e:
    print('exit', e.code)

argparse.FileType('q')('-')
p.add_argument('--x', type=argparse.FileType)
