class A:
    @property
    def p(self):
        raise AttributeError('inner')
    @property
    def q(self):
        raise KeyError('k')
    def __getattr__(self, name):
        print('getattr', name)
        if name == 'deep':
            raise AttributeError('no deep')
        return 'fb'
a = A()
print(a.p)
try:
    a.q
except KeyError as e:
    print('KeyError', e)
try:
    a.deep
except AttributeError as e:
    print('AE', e)
class B:
    @property
    def p(self):
        raise AttributeError('inner')
try:
    B().p
except AttributeError as e:
    print('AE', e)
print(hasattr(B(), 'p'), getattr(a, 'zz'))
