# A threaded port scanner on 127.0.0.1: worker threads take ports from a queue.Queue.
import errno
import os
import queue
import socket
import sys
import threading
import time

# Open a few listeners of our own, and find a few ports that are surely closed.
listeners = []
for _ in range(3):
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    s.listen()
    listeners.append(s)
closed_ports = []
for _ in range(3):
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        closed_ports.append(s.getsockname()[1])
open_ports = [s.getsockname()[1] for s in listeners]
names = {p: f'open{i}' for i, p in enumerate(open_ports)}
names.update({p: f'closed{i}' for i, p in enumerate(closed_ports)})

ports = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        try:
            port = ports.get(timeout=0.2)
        except queue.Empty:
            return
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(1.0)
            code = s.connect_ex(('127.0.0.1', port))
        with lock:
            results[port] = code
        ports.task_done()


start = time.time()
for p in sorted(open_ports + closed_ports):
    ports.put(p)
print('queued', ports.qsize(), ports.empty(), ports.full(), ports.maxsize)
threads = [threading.Thread(target=worker, name=f'scanner-{i}', daemon=True) for i in range(4)]
for t in threads:
    t.start()
ports.join()
for t in threads:
    t.join()
elapsed = time.time() - start
for port in sorted(results, key=lambda p: names[p]):
    code = results[port]
    state = 'open' if code == 0 else f'closed ({errno.errorcode[code]}: {os.strerror(code)})'
    print(f'{names[port]:>8}: {state}')
print('scan took under 5s:', round(elapsed) < 5, type(elapsed).__name__)
print([t.is_alive() for t in threads], threads[0].name, threads[0].daemon)
print(errno.ECONNREFUSED, errno.errorcode[errno.ECONNREFUSED], errno.ETIMEDOUT in errno.errorcode)
for s in listeners:
    s.close()
try:
    ports.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), queue.Empty.__mro__[1].__name__)
sys.exit(0 if all(results[p] == 0 for p in open_ports) else 3)
