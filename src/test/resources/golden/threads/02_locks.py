import threading, _thread
def shown(o):
    return repr(o).split(" at 0x")[0] + ">"

l = threading.Lock()
shown(l), l.locked()
l.acquire()
shown(l), l.locked()
l.acquire(False)
l.acquire(timeout=0.01)
l.acquire(blocking=False, timeout=1)
l.acquire(timeout=-2)
l.acquire(x=1)
l.release()
l.release()
with l:
    print("inside", l.locked())

l.locked()
type(l), threading.Lock, _thread.allocate_lock() .locked()
_thread.LockType is type(l)
counter = 0
def add(n):
    global counter
    for _ in range(n):
        with l:
            counter += 1

ts = [threading.Thread(target=add, args=(2000,)) for _ in range(5)]
for t in ts: t.start()

for t in ts: t.join()

counter
r = threading.RLock()
shown(r)
r.acquire(), r.acquire()
repr(r).split("count=")[1].split(" ")[0]
r.release(); r.release()
r.release()
def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread:", e)

r.acquire()
t = threading.Thread(target=foreign_release); t.start(); t.join()
r.release()
with r:
    with r:
        print("nested", r._is_owned())

s = threading.Semaphore(2)
shown(s)
s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01)
shown(s)
s.release(2)
shown(s)
s.acquire(False, 1)
threading.Semaphore(-1)
b = threading.BoundedSemaphore(1)
shown(b)
b.acquire()
b.release()
b.release()
with b:
    print(shown(b))

held = threading.Lock()
held.acquire()
got = []
def taker():
    got.append(held.acquire(timeout=5))

t = threading.Thread(target=taker); t.start()
held.release(); t.join()
got, held.locked()
