import argparse
p = argparse.ArgumentParser(prog='srv')
p.add_argument('host')
p.add_argument('--port', type=int)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--ratio', type=float)
def attempt(args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)

attempt([])
attempt(['h', '--port', 'x'])
attempt(['h', '--mode', 'x'])
attempt(['h', '--ratio', 'fast'])
attempt(['h', '--foo'])
attempt(['h', 'extra', '--bar=1'])
attempt(['h', '--port'])
attempt(['-h'])
attempt(['h', '--port', '1', '--port', '2'])
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'one'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

v = argparse.ArgumentParser(prog='tool')
v.add_argument('-V', '--version', action='version', version='%(prog)s 2.1')
try:
    v.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)

try:
    v.error('custom trouble')
except SystemExit as e:
    print('exit', e.code)

p.add_argument('--zero', nargs=0)
p.add_argument('--port')
p.add_argument('-v', action='store_true', type=int)
p.add_argument('--what', action='frobnicate')
p.add_argument('bad', required=True)
p.add_argument('oops', dest='other')
p.add_argument('--c', const=1)
p.add_argument('x-y', type='int')
argparse.Namespace(a=1) < argparse.Namespace(a=2)
e = argparse.ArgumentError(None, 'plain')
str(e), e.args, e.argument_name, e.message
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print(str(e), '|', e.args[1], '|', e.argument_name)

def hexport(text):
    raise argparse.ArgumentError(None, 'not hex: ' + text)

h = argparse.ArgumentParser(prog='h')
_ = h.add_argument('port', type=hexport)
try:
    h.parse_args(['zz'])
except SystemExit as e:
    print('exit', e.code)

