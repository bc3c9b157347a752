import _thread, threading
lock = _thread.allocate_lock()
type(lock), _thread.LockType, lock.locked()
done = _thread.allocate_lock()
done.acquire()
out = []
def job(a, b, c=None):
    out.append((a, b, c, threading.current_thread().name.startswith("Dummy")))
    done.release()

ident = _thread.start_new_thread(job, (1, 2), {"c": 3})
done.acquire()
out
type(ident), ident != _thread.get_ident()
_thread.start_new_thread(job, [1, 2])
_thread.start_new_thread(job, (1,), [])
_thread.get_ident() == threading.get_ident() == threading.main_thread().ident
_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX
_thread.error
r = _thread.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
r.release()
