class Headers(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

h = Headers()
h['Content-Length'] = '42'
h['CONTENT-LENGTH'], h, len(h), list(h), 'content-length' in h
type(h), isinstance(h, dict), Headers.__mro__
h['Host']
class Counts(dict):
    def __missing__(self, key):
        return 0

c = Counts(a=1)
c['a'], c['zzz'], c
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__

cfg = AttrDict(host='127.0.0.1')
cfg.port = 8080
cfg, cfg.host, cfg.port
cfg.missing
class Lines(list):
    def add(self, line):
        self.append(line.rstrip('\r\n'))
        return self

ls = Lines(['a\r\n'])
ls.add('b\n').add('c')
ls, len(ls), ls[1:], type(ls[1:]), ls + ['d'], ls == ['a', 'b', 'c'], sorted(ls, reverse=True)
ls.tag = 'x'
ls.tag, ls.__dict__
class Args(list):
    def __init__(self, *items):
        super().__init__(items)

Args(1, 2, 3)
class Name(str):
    def shout(self):
        return self.upper() + '!'

n = Name('host')
n, n.shout(), len(n), n + '.local', type(n + '.local'), n == 'host', {n: 1}['host'], n[0], n.startswith('h')
class Stripped(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())

Stripped('  ok  '), type(Stripped('x'))
class Port(int):
    def __repr__(self):
        return 'Port(%d)' % self

p = Port(8080)
p, p + 1, type(p + 1), str(p), '%d' % p, f'{p}', p == 8080, p < 9000, hash(p) == hash(8080), [p]
Port('1f', 16), Port()
class Dual(dict, list): pass

str.__new__(int)
str.__new__(1)
int.__new__(Port, 'x')
type(str(Name('x'))), type(int(Port(3))), type(list(Lines(['a']))), type(dict(Headers())), ''.join([Name('a'), Name('b')])
Record = type('Record', (dict,), {'kind': 'rec', 'describe': lambda self: self.kind + str(len(self))})
Record(a=1).describe(), Record.__mro__, Record.__qualname__
type('Bad', 1, {})
type(1, (), {})
class ProtocolError(Exception, dict): pass

