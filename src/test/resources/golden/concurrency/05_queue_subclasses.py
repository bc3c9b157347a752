import queue
class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()
    def _qsize(self):
        return len(self.queue)

s = Stack()
s.put(1); s.put(2); s.put(3)
s.queue, s.qsize()
s.get(), s.get(), s.get()
s.get_nowait()
class Loud(queue.PriorityQueue):
    def _put(self, item):
        print("putting", item)
        super()._put(item)

q = Loud()
q.put((5, "e")); q.put((1, "a"))
q.queue
q.get()
class Capped(queue.Queue):
    def _qsize(self):
        return 100

c = Capped(maxsize=3)
c.full(), c.empty(), c.qsize()
c.put_nowait(1)
q = queue.Queue(2)
q.put(1); q.put(2)
q.queue, q.maxsize, q.unfinished_tasks
q.put(3, timeout=0.01)
q.put(3, timeout=-1)
q.get(timeout=-1)
q.get(); q.get()
q.task_done(); q.task_done(); q.unfinished_tasks
q.task_done()
q.join()
lq = queue.LifoQueue()
for i in range(3): lq.put(i)

lq.queue, lq.get()
pq = queue.PriorityQueue()
for x in [3, 1, 2]: pq.put(x)

pq.queue, pq.get()
type(q.mutex), type(q.not_empty)
queue.Queue.__init__.__qualname__, queue.Queue.put.__qualname__
sq = queue.SimpleQueue()
sq.put(1); sq.qsize(), sq.get(), sq.empty()
sq.get(timeout=0.01)
sq.get(timeout=-1)
sq.maxsize
queue.SimpleQueue(1)
queue.Empty, queue.Full, queue.Empty.__module__
