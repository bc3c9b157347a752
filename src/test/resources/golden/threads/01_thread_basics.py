import threading
def greet(who, punct="!"):
    print("hello", who + punct)

t = threading.Thread(target=greet, args=("world",), kwargs={"punct": "?"})
t
t.name, t.daemon, t.ident, t.is_alive()
t.start(); t.join()
t.is_alive()
repr(t).split(",")[0]
t.start()
threading.Thread(target=greet).join()
threading.current_thread().join()
threading.Thread(foo=1)
threading.Thread(None, greet, "bob", ("bob",)).name
d = threading.Thread(target=greet, daemon=True)
d
d.daemon = False
d.daemon
d.start(); d.join()
d.daemon = True
threading.Thread(group=1)
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
    def run(self):
        print("worker", self.n, "in", threading.current_thread().name)

w = Worker(7)
w
isinstance(w, threading.Thread), type(w).__mro__
w.start(); w.join()
class Lazy(threading.Thread):
    def __init__(self):
        pass

Lazy().start()
class Plain(threading.Thread):
    pass

p = Plain(target=print, args=("plain run",))
p.start(); p.join()
threading.current_thread().name, threading.main_thread() is threading.current_thread()
threading.current_thread().daemon
type(threading.main_thread())
threading.active_count(), len(threading.enumerate())
threading.get_ident() == threading.current_thread().ident
threading.get_native_id() == threading.main_thread().native_id
t.ident = 3
type(threading.Thread.start), threading.Thread.start.__name__
threading.Thread.run.__qualname__
names = []
ts = [threading.Thread(target=lambda: names.append(threading.current_thread().name)) for _ in range(3)]
for x in ts: x.start()

for x in ts: x.join()

sorted(names)
results = [0] * 4
def square(i):
    results[i] = i * i

ts = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for x in ts: x.start()

for x in ts: x.join()

results
