# about: str methods: search, case, padding, partition, splitlines, concatenation
'hello'.startswith('he')
'hello'.endswith(('lo', 'x'))
'MiXed'.upper()
'MiXed'.lower()
'aaa'.replace('a', 'b')
'aaa'.replace('a', 'b', 2)
'hello'.find('l')
'hello'.rfind('l')
'hello'.find('z')
'hello'.index('z')
'hello'.count('l')
'12345'.isdigit()
'12a'.isdigit()
'abc'.isalpha()
'你好'.isalpha()
''.isdigit()
'42'.zfill(5)
'-42'.zfill(5)
'hi'.center(6)
'hi'.center(7, '*')
'hi'.ljust(5) + '|'
'hi'.rjust(5, '0')
'hello world foo'.title()
'hELLO wORLD'.capitalize()
'a\nb\r\nc\n'.splitlines()
'a\nb\n'.splitlines(True)
'key=value=x'.partition('=')
'no-sep'.partition('=')
'key=value=x'.rpartition('=')
'abc' * 3
'ab' + 'cd'
'ab' + 1
'x' * -1
'hello'.upper().lower().title()
'abc'.foo()
len('hello')
'a' 'b' == 'ab'
