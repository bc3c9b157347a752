# about: str literals and the quoting rules of repr
'hello'
"hello"
'it\'s'
"say \"hi\""
'both \' and "'
'tab\there'
'line\nbreak'
'back\\slash'
'\x00\x07\x1b\x7f'
'\u00e9t\u00e9'
'你好，世界'
'\N{GREEK SMALL LETTER ALPHA}'
r'raw\nstring'
'''triple
quoted'''
'a' 'b' 'c'
''
print('你好')
print('tab\there')
len('你好')
repr('x')
str('x')
print(repr('it\'s'))
'\r\x0b\x0c'
'\ud800'
'😀'
len('😀')
ord('A')
chr(20320)
ord('你')
chr(0x1F600)
ord('')
chr(-1)
