import queue, socket, sys, threading, time
results = queue.Queue()
barrier = threading.Barrier(3)
cond = threading.Condition()
ready = []
def worker(i):
    idx = barrier.wait()
    with cond:
        ready.append(i)
        cond.notify_all()
    results.put((i, idx in range(3)))
ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
with cond:
    ok = cond.wait_for(lambda: len(ready) == 3, timeout=5)
for t in ts: t.join()
print(ok, sorted(ready), sorted(results.get() for _ in range(3)))
try:
    results.get(timeout=0.05)
except queue.Empty as e:
    print("empty", repr(e), type(e).__module__)
try:
    results.get_nowait()
except queue.Empty:
    print("empty again")
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("full", q.qsize(), q.full(), q.empty())
ev = threading.Event()
timer = threading.Timer(0.05, ev.set)
timer.start()
print(ev.wait(5), ev.is_set(), timer.is_alive() in (True, False))
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
lock = threading.Lock()
print(lock.acquire(timeout=0.01), lock.acquire(blocking=False), lock.locked())
lock.release()
try:
    lock.release(); lock.release()
except RuntimeError as e:
    print(e)
local = threading.local()
local.x = 1
def show():
    print(hasattr(local, "x"))
th = threading.Thread(target=show); th.start(); th.join()
print(threading.current_thread() is threading.main_thread(), threading.get_ident() > 0, len(threading.enumerate()))
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)], queue.LifoQueue.__mro__[1].__name__)
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.empty())
q2 = queue.Queue()
def consumer():
    while (item := q2.get()) is not None:
        print("consumed", item)
        q2.task_done()
    q2.task_done()
c = threading.Thread(target=consumer, daemon=True); c.start()
for i in range(3): q2.put(i)
q2.put(None)
q2.join()
print("all done", c.daemon)
