def f():
    nonlocal x
    x = 1

def g():
    x = 1
    def h():
        nonlocal x
        x = 2
        return x
    return h()

g()
def k():
    global y
    def m():
        nonlocal y
    return m

try:
    exec("def q():\n    nonlocal z\n")
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset, e.text)
try:
    compile("class C:\n    def q(self):\n        nonlocal w\n", "<s>", "exec")
except SyntaxError as e:
    print(e)
print("alive")
