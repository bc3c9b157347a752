import argparse
class P(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)

q = P(prog='sub', description='d')
print(q, isinstance(q, argparse.ArgumentParser))
q.add_argument('n', type=int)
print(q.parse_args(['4']))
for args in (['x'], [], ['1', '2']):
    try:
        q.parse_args(args)
    except ValueError as e:
        print('VE', e)

class Lenient(argparse.ArgumentParser):
    def __init__(self, **kw):
        super().__init__(prog='len', **kw)
        self.seen = []
    def error(self, message):
        self.seen.append(message)

l = Lenient(add_help=False)
l.add_argument('--n', type=int)
l.add_argument('pos')
print(l.parse_args(['--n', '1', 'p', 'extra']))
print(l.parse_args([]))
print(l.parse_known_args(['--n', 'x']))
print(l.seen)
l.print_help()
