import threading
s = threading.Semaphore(2)
s._value
s.acquire(), s.acquire(), s.acquire(timeout=0.01)
s._value
s.release(2); s._value
s.acquire(False, 1)
threading.Semaphore(-1)
b = threading.BoundedSemaphore(1)
b.release()
with b:
    print("inside", b._value)

b._value
e = threading.Event()
e.is_set(), e.wait(0.01)
e.set(); e.is_set(), e.wait()
e.isSet()
bar = threading.Barrier(1, action=lambda: print("action"))
bar.wait()
bar.parties, bar.n_waiting, bar.broken
bar.abort()
bar.broken
bar.wait()
bar.reset(); bar.broken
threading.Barrier(0).parties
tm = threading.Timer(0.01, print, args=("tick",))
tm.interval, tm.args, tm.finished.is_set()
tm.start(); tm.join()
tm.finished.is_set()
tt = threading.Timer(30, print, ("never",)); tt.start(); tt.cancel(); tt.join()
tt.finished.is_set(), tt.is_alive()
c = threading.Condition()
c.wait()
c.notify()
with c:
    print(c.wait(0.01), c.wait_for(lambda: 42), c.wait_for(lambda: 0, 0.01))
    c.notify_all()

