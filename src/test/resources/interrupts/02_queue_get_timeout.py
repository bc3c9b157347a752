import queue
q = queue.Queue()
print("ready", flush=True)
q.get(timeout=30)
