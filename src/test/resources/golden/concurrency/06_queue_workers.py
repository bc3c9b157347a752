import queue, threading
jobs = queue.Queue()
results = []
def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        results.append(item * item)
        jobs.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads: t.start()

for n in range(10): jobs.put(n)

for _ in threads: jobs.put(None)

jobs.join()
for t in threads: t.join()

sorted(results), jobs.empty(), jobs.unfinished_tasks
q = queue.Queue(maxsize=1)
def slow_consumer():
    for _ in range(3):
        print("got", q.get(timeout=5))

def produce():
    for i in range(3):
        q.put(i, timeout=5)
    t.join()

t = threading.Thread(target=slow_consumer); t.start(); produce()
