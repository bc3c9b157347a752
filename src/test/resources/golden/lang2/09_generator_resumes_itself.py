def me():
    yield from me_g

me_g = me()
next(me_g)
def again():
    yield next(again_g)

again_g = again()
list(again_g)
def sender():
    x = yield 1
    yield sender_g.send(x)

sender_g = sender()
next(sender_g)
sender_g.send(5)
sender_g.gi_running
def throw_self():
    try:
        yield 1
    except ValueError:
        throw_g.throw(KeyError)

throw_g = throw_self()
next(throw_g)
throw_g.throw(ValueError)
print('alive')
