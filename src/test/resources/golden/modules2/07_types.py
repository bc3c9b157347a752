# about: types.SimpleNamespace and the names types gives the built-in types
import types
from types import SimpleNamespace
SimpleNamespace
n = SimpleNamespace(a=1, b='x')
n
n.a, n.b
n == SimpleNamespace(a=1, b='x'), n == SimpleNamespace(a=1), n != SimpleNamespace(a=1), n == 1
SimpleNamespace()
n.c = [1]
del n.a
n
vars(n)
n.__dict__
print(n)
isinstance(n, SimpleNamespace), type(n), type(n).__name__, SimpleNamespace.__module__
n.zz
del n.zz
hash(n)
SimpleNamespace(1)
m = SimpleNamespace()
m.self = m
m
cfg = SimpleNamespace(host='127.0.0.1', port=8080)
cfg.port += 1
cfg
def f(): pass

isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType)
isinstance(types, types.ModuleType), isinstance(len, types.BuiltinFunctionType)
types.FunctionType, types.ModuleType, types.BuiltinFunctionType, types.NoneType
types.EllipsisType, types.NotImplementedType, isinstance(..., types.EllipsisType), type(NotImplemented) is types.NotImplementedType
