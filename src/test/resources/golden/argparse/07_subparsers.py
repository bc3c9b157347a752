import argparse
p = argparse.ArgumentParser(prog='chat.py')
p.add_argument('-v', action='store_true')
sub = p.add_subparsers(dest='command', help='what to run')
sub
s = sub.add_parser('server', help='run the server', aliases=['srv'])
s.add_argument('--port', type=int, default=9000)
c = sub.add_parser('client', help='connect')
c.add_argument('host')
p.parse_args([])
p.parse_args(['server'])
p.parse_args(['-v', 'srv', '--port', '1'])
p.parse_args(['client', 'h'])
p.parse_known_args(['server', '--what', 'x'])
s.prog, c.prog
print(p.format_help())
def attempt(args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)

attempt(['bogus'])
attempt(['client'])
attempt(['server', '--port', 'x'])
attempt(['server', '-h'])
attempt(['server', '--extra'])
sub.add_parser('client')
p.add_subparsers()
