import queue, threading
q = queue.Queue()
q.qsize(), q.empty(), q.full(), q.maxsize
for i in range(3): q.put(i)

q.qsize(), q.get(), q.get_nowait(), q.get(block=False)
q.get_nowait()
q.get(timeout=0.01)
q.get(timeout=-1)
q.task_done(); q.task_done(); q.task_done()
q.task_done()
q.join()
small = queue.Queue(maxsize=1)
small.put("a")
small.full()
small.put_nowait("b")
small.put("b", timeout=0.01)
small.put("b", block=False)
small.get()
jobs = queue.Queue()
def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        print("did", item)
        jobs.task_done()

w = threading.Thread(target=worker); w.start()
for job in ["a", "b", "c"]: jobs.put(job)

jobs.join()
jobs.put(None); w.join()
answers = queue.Queue()
def ask(n):
    answers.put(n * 10)

ts = [threading.Thread(target=ask, args=(i,)) for i in range(5)]
for t in ts: t.start()

for t in ts: t.join()

sorted(answers.get() for _ in range(5))
lifo = queue.LifoQueue()
for i in [1, 2, 3]: lifo.put(i)

[lifo.get() for _ in range(3)]
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]: pq.put(item)

[pq.get() for _ in range(4)]
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
sq.qsize(), sq.get(), sq.get_nowait(), sq.empty()
sq.get(block=False)
sq.get(timeout=-1)
queue.Empty, queue.Full, queue.Full.__mro__
handoff = queue.Queue(1)
def producer():
    for i in range(5):
        handoff.put(i)
    handoff.put(None)

t = threading.Thread(target=producer); t.start()
got = []
while (x := handoff.get()) is not None: got.append(x)

t.join(); got
