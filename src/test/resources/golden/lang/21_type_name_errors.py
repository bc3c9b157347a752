# about: TypeError/IndexError/KeyError/NameError/AttributeError messages of the usual mistakes
1 + 'a'
'a' + 1
'a' - 'b'
[1] + (2,)
None + 1
5()
num = 5
num()
text = 'x'
text()
nothing = None
nothing[0]
num[0]
len(5)
len()
[1, 2, 3][3]
(1,)[2]
'abc'[10]
{'a': 1}['b']
{}[(1, 2)]
undefined_name
prnt('x')
lenn = 3
lenx
'abc'.uper()
[].apend(1)
None.x
