class A:
    def hi(self):
        return 'A'

class B(A):
    def hi(self):
        return 'B' + super().hi()

class C(A):
    def hi(self):
        return 'C' + super().hi()

class D(B, C):
    def hi(self):
        return 'D' + super().hi()

D().hi()
D.__mro__
D.mro()
D.__bases__, D.__base__
isinstance(D(), C), issubclass(D, C), issubclass(C, D)
super(B, D()).hi()
class ThreadingMixIn:
    daemon_threads = True
    def process_request(self, request):
        return 'thread for ' + self.finish_request(request)

class TCPServer:
    daemon_threads = False
    def __init__(self, address):
        self.address = address
    def finish_request(self, request):
        return request + ' at ' + str(self.address)

class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass

s = ThreadingTCPServer(('127.0.0.1', 8000))
s.process_request('req')
s.daemon_threads
ThreadingTCPServer.__mro__
class E(A, B): pass

class E(A, A): pass

class E(A, 1): pass

class E(bool): pass

class Counted:
    def __init__(self):
        self.count = 0

class Named:
    def __init__(self, name='x'):
        super().__init__()
        self.name = name

class Both(Named, Counted):
    pass

b = Both('y')
b.name, b.count
class Token:
    def __new__(cls, value):
        self = super().__new__(cls)
        self.value = value
        return self

Token(5).value
type(object())
object(1)
Counted(1)
o = object()
o.x = 1
class Reply(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
    def __str__(self):
        return 'reply ' + super().__str__()

r = Reply(550, 'denied')
r.args, r.code, str(r), repr(r)
class Quiet:
    def __init__(self):
        super().__init__(1)

Quiet()
object.__init__(Quiet(), 1)
object.__new__(int)
object.__new__(1)
