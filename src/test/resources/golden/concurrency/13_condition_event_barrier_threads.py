import threading, time
items = []
cv = threading.Condition()
def consumer(n):
    with cv:
        cv.wait_for(lambda: len(items) >= n)
        print("consumer saw", items[:n])

t = threading.Thread(target=consumer, args=(3,)); t.start()
def produce():
    for i in range(3):
        with cv:
            items.append(i)
            cv.notify()
    t.join()

produce()
e = threading.Event()
def waiter():
    print("waited", e.wait(5))

w = threading.Thread(target=waiter); w.start(); e.set(); w.join()
b = threading.Barrier(3)
out = []
def party(i):
    out.append(b.wait())

ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()

for p in ps: p.join()

sorted(out)
lock = threading.Lock()
count = 0
def inc():
    global count
    for _ in range(1000):
        with lock:
            count += 1

ts = [threading.Thread(target=inc) for _ in range(4)]
for x in ts: x.start()

for x in ts: x.join()

count
threading.active_count()
[th.name for th in threading.enumerate()]
timer = threading.Timer(0.05, lambda: print("timer fired"))
timer.daemon, timer.name.startswith("Thread-")
timer.start(); timer.join()
