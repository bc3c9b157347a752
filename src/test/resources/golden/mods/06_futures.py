from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, Future, CancelledError
import concurrent.futures
import threading
def who(_):
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=1) as pool:
    list(pool.map(who, range(3)))

with ThreadPoolExecutor(thread_name_prefix='worker') as pool:
    pool.submit(who, 0).result()

with ThreadPoolExecutor(4) as pool:
    list(pool.map(pow, [2, 3, 4], [5, 6, 7]))
    sorted(f.result() for f in as_completed([pool.submit(pow, 2, i) for i in range(6)]))

pool = ThreadPoolExecutor(2)
gate = threading.Event()
slow = pool.submit(gate.wait)
quick = pool.submit(str.upper, 'q')
done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
[f.result() for f in done], len(not_done)
slow.result(timeout=0.05)
list(as_completed([slow], timeout=0.05))
gate.set()
slow.result(), slow.done(), slow.cancelled(), slow.exception()
failing = pool.submit(divmod, 1, 0)
wait([failing]).not_done
type(failing.exception())
failing.result()
pool.shutdown()
pool.submit(print)
ThreadPoolExecutor(0)
f = Future()
f.cancel(), f.cancelled(), f.done()
f.result()
f = Future(); seen = []
f.add_done_callback(lambda fut: seen.append(fut.result()))
f.set_result(5); seen
try:
    f.set_result(6)
except concurrent.futures.InvalidStateError as e:
    print(type(e), str(e).split(' at ')[0])

concurrent.futures.TimeoutError is TimeoutError, issubclass(CancelledError, concurrent.futures._base.Error)
