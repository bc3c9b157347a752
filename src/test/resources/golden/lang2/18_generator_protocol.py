slice(1, 10, 2).indices(5)
slice(None, None, -1).indices(4)
slice(-100, 100).indices(10)
slice(2**70).indices(3)
slice(0, 1, 0).indices(3)
slice(1).indices(-1)
slice('a').indices(3)
g = (x * 2 for x in range(3))
next(g)
g.send(None)
g.send(5)
g.gi_running
g.gi_frame is not None
g.close()
g.gi_frame
next(g)
g2 = (x for x in range(3))
g2.send(1)
g3 = (x for x in range(3))
g3.throw(ValueError('boom'))
next(g3)
def counter():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print('caught', repr(e))
            x = 100
        total += x

c = counter()
next(c)
c.send(5)
c.throw(KeyError, 'k')
c.throw(KeyError('again'))
c.throw(KeyError, KeyError('inst'))
c.throw(KeyError, None)
c.throw(ValueError, 'v')
c.send(1)
def gen():
    yield 1
    yield 2

h = gen()
h.gi_running, h.gi_frame is not None, h.gi_code.co_name
next(h)
h.throw(TypeError, 'bad', None)
h.throw(1)
h.throw(ValueError, 1, 2)
f = lambda: (yield)
type(f())
k = f()
next(k)
k.send('hi')
m = lambda x: (yield x * 2)
list(m(4))
h.throw()
h.throw(1, 2, 3, 4)
h.throw(KeyError('x'), 'y')
z = gen()
z.throw(KeyError, ('a', 'b'))
z.gi_frame
sum(x for x in range(5))
type(x for x in ()) is type(gen())
