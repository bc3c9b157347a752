class A: pass

class B(A): pass

class C(A): pass

class D(B, C): pass

A.__subclasses__(), type.__subclasses__(A), B.__subclasses__(), D.__subclasses__()
class Handler:
    def handle(self, line):
        raise NotImplementedError

class Upper(Handler):
    def handle(self, line):
        return line.upper()

class Reverse(Handler):
    def handle(self, line):
        return line[::-1]

{cls.__name__: cls().handle('abc') for cls in Handler.__subclasses__()}
A.__subclasses__(1)
type.__subclasses__(3)
