import argparse
with open('args.txt', 'w') as f:
    f.write('--port\n8080\n@more.txt\n')

with open('more.txt', 'w') as f:
    f.write('h2\n')

p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--port', type=int)
p.add_argument('host', nargs='*')
p.parse_args(['@args.txt', 'h1'])
try:
    p.parse_args(['@nothere.txt'])
except SystemExit as e:
    print('exit', e.code)

