import re
re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U
re.I | re.M, str(re.I), int(re.I | re.S), type(re.I), re.NOFLAG
re.compile('a', re.I | re.X), re.compile('a', re.A), re.compile('a', re.U), re.compile(b'a'), re.compile('(?i)a')
re.compile('(?i)a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a', re.A).flags
re.match('hello', 'HeLLo', re.I), re.match('straße', 'STRASSE', re.I), re.match('é', 'É', re.I), re.match('é', 'É', re.I | re.A)
re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('(?m)^', 'a\n'), re.findall('(?m)$', 'a\nb\n')
re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S), re.search('(?s)a.b', 'a\nb')
re.search('x$', 'x\n'), re.search(r'x\Z', 'x\n'), re.search(r'\Ax', 'yx'), re.search('x$', 'x\r')
pat = re.compile(r'''
    (?P<key>\w+)   # the key
    \s* = \s*      # an equals sign
    (?P<value>[^ #]+)  # the value: no spaces in [ ]
''', re.X)
pat.match('port = 8080').groupdict()
re.match('[ ]+', '   ', re.X)
re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.A), re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.A)
re.findall(rb'\w+', 'naïve'.encode()), re.findall(r'\s', 'a\u00a0b c'), re.findall(r'\s', 'a\u00a0b c', re.A)
re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.findall(r'\Bo', 'foo boo')
re.match(r'(?P<q>[\'"]).*?(?P=q)', '"quoted" text'), re.match(r'(a)\1', 'aa'), re.match(r'(a)(?:b)\1', 'aba')
re.match('a{2,3}', 'aaaa'), re.match('a{,2}', 'aaa'), re.match('a{2}', 'aaa'), re.match('a{', 'a{'), re.match('a{}', 'a{}')
re.match('a*?', 'aaa'), re.match('a+?', 'aaa'), re.match('a*+a', 'aaa'), re.match('(?>a+)b', 'aab')
re.match('[]a]+', ']a]'), re.match('[^]a]+', 'xyz]'), re.match('[a-]+', 'a-a')
re.match(r'[\d.]+', '3.14x'), re.match(r'[\w\s]+', 'ab c!'), re.match(r'\x41\u00e9\N{GREEK SMALL LETTER ALPHA}', 'Aéα'), re.match(r'[\b]', '\b')
re.match(r'\v', '\x0b'), re.match(r'\v', '\n'), re.match(r'\0', '\0'), re.match(r'\101', 'A'), re.match('(?#comment)x', 'x')
re.match('(?i:a)b', 'AB'), re.match('(?i:a)b', 'Ab'), re.match('(?-i:a)b', 'aB', re.I), re.match('(?x: a b )c', 'abc')
re.match('(?=abc)a', 'abc'), re.match('(?!abc)a', 'abc'), re.search('(?<=a)b', 'ab'), re.search('(?<!a)b', 'ab cb')
re.match('.', '\n'), re.match('.', '\r'), re.match('.', '\u2028')
def show(*args):
    try:
        print(re.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)

show('x', re.A | re.U)
show(b'x', re.U)
show('x', re.L)
show(1)
show(re.compile('x'), re.I)
re.compile(re.compile('x')) is re.compile(re.compile('x'))
