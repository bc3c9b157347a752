import re
def show(pattern, flags=0):
    try:
        re.compile(pattern, flags)
    except re.error as e:
        print(repr(pattern), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)
    else:
        print(repr(pattern), 'compiles')

for p in ['(a', 'a)', '*a', 'a**', 'a+*', '[a', 'a[b-', r'\q', r'\z', r'\h', '(?<x>a)', '[z-a]',
          '(?P<a>x)(?P<a>y)', r'(a)\2', '(?P=zz)', 'a(?i)b', '(?P<1a>x)', 'a{3,2}', '(?z)',
          '(?P<>a)', '(?P<a', r'\N{foo}', '(?', '(?P', '(?Px)', '(?P=a', r'\x4', r'\u12', r'[\q]',
          r'\\', '\\', 'a|*', '(*a)', '^*', '(?i', r'(a)(?P=a)', '((a)\\1)', r'\777', 'ab\n(c', '{1}', 'x|{2,3}', r'(?<=a+)b', r'(?<!ab?)c', '(?<=a{2})b', r'(?<=\d{1,3})x']:
    show(p)

show(b'\\u1234')
show('a\n(b', re.X)

try:
    re.compile('(a')
except re.error as e:
    print(repr(e), type(e), type(e).__mro__, e.args)

print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
