import threading
def shown(o):
    return repr(o).split(" at 0x")[0]

e = threading.Event()
shown(e), repr(e).split(": ")[1]
e.is_set(), e.wait(0.01), e.wait(timeout=0)
e.set()
e.is_set(), e.wait(), repr(e).split(": ")[1]
e.clear(); e.is_set()
ready = threading.Event()
go = threading.Event()
def waiter():
    ready.set()
    go.wait()
    print("waiter released")

t = threading.Thread(target=waiter); t.start()
ready.wait()
go.set(); t.join()
c = threading.Condition()
repr(c).split(" object")[0]
c.wait()
c.notify()
c.notify_all()
items = []
def consumer():
    with c:
        c.wait_for(lambda: len(items) >= 3)
        print("consumer saw", items)

t = threading.Thread(target=consumer); t.start()
for i in range(3):
    with c:
        items.append(i)
        c.notify()

t.join()
with c:
    print(c.wait(0.01))

with c:
    print(c.wait_for(lambda: False, timeout=0.01))

cl = threading.Condition(threading.Lock())
with cl:
    print(cl.wait(0.01))

b = threading.Barrier(3)
b.parties, b.n_waiting, b.broken
arrived = []
def party(i):
    arrived.append(b.wait())

ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()

for t in ts: t.join()

sorted(arrived)
b.wait(timeout=0.01)
b.broken
repr(b).split(": ")[1]
b.reset(); b.broken
b.abort()
b.wait()
threading.BrokenBarrierError.__mro__
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm
tm.start(); tm.join()
fired
tm2 = threading.Timer(30, fired.append, args=("never",))
tm2.start(); tm2.cancel(); tm2.join()
fired
data = threading.local()
data.x = "main"
def show_local():
    print("in thread:", hasattr(data, "x"))
    data.x = "thread"
    print("thread sees", data.x)

t = threading.Thread(target=show_local); t.start(); t.join()
data.x
data.y
type(data)
