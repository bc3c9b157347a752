import sys, typing
def f(a: int): pass

print(f.__globals__ is globals(), eval("int", f.__globals__))
class Node:
    value: int
    next: "Node" = None
    def walk(self): pass

def g(n: "Node", m: None, k: typing.Optional[int] = None, *args: str, flag: bool = False, **kw: float) -> "list[Node]": pass

print(g.__annotations__)
print(typing.get_type_hints(g))
print(typing.get_type_hints(Node))
print(typing.get_type_hints(Node.__init__))
lam = lambda x: x
print(typing.get_type_hints(lam), lam.__annotations__)
def area(w: float, h: float = 1.0) -> float:
    return w * h

area.__annotations__, area(2), area.__annotations__['return']
def bad(x: undefined_name): pass

