def f(a, b=1):
    "Doc of f."

help(f)
help(len)
class A:
    "A class"
    def m(self): "m doc"

help(A.m)
