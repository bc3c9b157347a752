import queue, threading
class JobQueue(queue.Queue):
    def __init__(self, name):
        super().__init__(maxsize=2)
        self.name = name
        self.count = 0
    def put(self, item, block=True, timeout=None):
        self.count += 1
        super().put(item, block, timeout)


q = JobQueue('jobs')
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.count, q.name, q.maxsize, isinstance(q, queue.Queue))
try:
    q.put_nowait(3)
except queue.Full:
    print('full')

print(q.get(), q.get(), q.empty())
class P(queue.PriorityQueue): pass

p = P(); p.put((2, 'b')); p.put((1, 'a')); print(p.get(), type(p).__mro__)
class S(queue.SimpleQueue): pass

s = S(); s.put(5); print(s.get())
t = threading.Thread(target=lambda: q.put('from thread')); t.start(); print(q.get(timeout=5)); t.join()
print(repr(queue.Queue())[:20], repr(q)[:22])
issubclass(queue.LifoQueue, queue.Queue), queue.LifoQueue.__mro__
q2 = queue.Queue(3); print(q2.maxsize)
