# A calculator server's "safe" eval: globals whose __builtins__ is a dict, None or a module of the learner's choice.
import math
for g in [{'__builtins__': {}}, {'__builtins__': None}, {'__builtins__': {'abs': abs}}, {'__builtins__': math}, {"__builtins__": {}, "sqrt": math.sqrt}]:
    for src in ['abs(-1)', '1+2', 'sqrt(4)', '__import__("os")', 'open("x")', '[x for x in range(3)]', 'pow']:
        try:
            print(src, repr(eval(src, g)))
        except Exception as e:
            print(src, type(e).__name__, e)
d = {'__builtins__': {}}
exec('def f(): return len("ab")', d)
try:
    d['f']()
except NameError as e:
    print(e)
exec('x = 1', d)
print(sorted(d), type(d['__builtins__']))
d2 = {}
exec('y = 2', d2)
print(sorted(d2), type(d2['__builtins__']).__name__)
print(eval('abs(-3)', {}, {}), eval('a + 1', {'__builtins__': {}}, {'a': 1}))
