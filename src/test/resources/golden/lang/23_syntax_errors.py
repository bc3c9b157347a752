# about: syntax and indentation errors, and that the session goes on afterwards
x = = 1
1 +
print('still alive')
foo(1, 2
    3)
print('after unclosed paren')
if True:
print('bad indent')

  x = 5
def f():
    return 1
  return 2

return 5
break
continue
a b
1 = x
'unterminated
"ok" 'ok'
f(x for x in range(3), 1)
def (): pass
x = [1, 2
x = 3
print(x)
else:
for i in range(2) print(i)
y = 10
y
