globals()['dyn'] = 42
dyn, 'dyn' in globals(), globals()['__name__'], type(globals()), locals() is globals()
x = 10
eval('x + 1'), eval('x * y', {'x': 2, 'y': 3}), eval('x + z', {'x': 1}, {'z': 5}), eval(b'3'), eval('  1 + 2')
ns = {}
exec('def greet(n):\n    return "hi " + n\nresult = greet("bob")', ns)
ns['result'], sorted(ns)
def f(a):
    b = a * 2
    print(sorted(locals().items()))
    exec('c = b + 1')
    print(eval('a + b'), 'c' in locals())
    return locals()['c']

f(3)
loc = {}
exec('q = 5', {}, loc)
loc
for name in ['ping', 'pong']:
    exec(f'def handle_{name}():\n    return "{name}!"', globals())

handle_ping(), handle_pong()
code = compile('a = 1\nb = a + 1', 'cfg', 'exec')
g = {}
exec(code, g)
g['b'], eval(compile('b * 10', 'e', 'eval'), g), type(code)
__import__('sys').argv is not None, __import__('time').__name__
__import__('no_such_module')
exec('x = = 1')
exec('1/0')
eval('undefined_name')
exec(42)
eval('x', 1)
exec('y = 1', {}, 5)
compile('x', 'f', 'bad')
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename, str(e))

try:
    exec('if True:\nprint(1)')
except IndentationError as e:
    print(type(e).__name__, e)

eval('[i * i for i in range(4)]'), eval('(lambda z: z + x)(1)')
def outer():
    w = 7
    return eval('w + 1')

outer()
sorted(vars())[:3], dir()[:3]
