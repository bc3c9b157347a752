import threading
loc = threading.local()
loc.x = 5
def f():
    loc.x = 99
    print("in thread:", hasattr(loc, "y"), loc.x)

th = threading.Thread(target=f); th.start(); th.join()
loc.x
loc.y
lk = threading.Lock()
lk.release()
lk.acquire(timeout=-2)
lk.acquire(blocking=False, timeout=1)
with lk:
    print(lk.locked(), lk.acquire(False))

lk.locked()
r = threading.RLock()
r.release()
with r:
    with r:
        print(repr(r).split(" owner")[0])

repr(r).split(" owner")[0]
threading.Thread(target=f).join()
threading.current_thread().join()
threading.Thread(foo=1)
threading.Thread(group=1)
t = threading.Thread(target=f); t.start(); t.join(); t.start()
class Lazy(threading.Thread):
    def __init__(self):
        pass

Lazy().start()
Lazy().name
