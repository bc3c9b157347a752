# Threads coordinating a server and its clients: Event for "ready", Lock counter, Condition, Semaphore, Timer.
import socket
import threading
import time

ready = threading.Event()
lock = threading.Lock()
served = 0
address = None
cond = threading.Condition()
finished = []
slots = threading.BoundedSemaphore(2)


def server():
    global served, address
    with socket.socket() as srv:
        srv.bind(('127.0.0.1', 0))
        srv.listen()
        address = srv.getsockname()
        ready.set()
        for _ in range(4):
            conn, _ = srv.accept()
            with conn:
                conn.sendall(conn.recv(100).upper())
            with lock:
                served += 1


def client(name):
    with slots:
        with socket.create_connection(address) as s:
            s.sendall(name.encode())
            reply = s.recv(100).decode()
    with cond:
        finished.append(reply)
        cond.notify_all()


srv_thread = threading.Thread(target=server, name='server')
srv_thread.start()
print('ready:', ready.wait(timeout=5), ready.is_set())
clients = [threading.Thread(target=client, args=(n,), name=n) for n in ('ann', 'bob', 'cy', 'dee')]
for t in clients:
    t.start()
with cond:
    print('all back:', cond.wait_for(lambda: len(finished) == 4, timeout=10))
for t in clients:
    t.join()
srv_thread.join()
print(sorted(finished), served)

fired = threading.Event()
timer = threading.Timer(0.05, fired.set)
timer.start()
print('timer fired:', fired.wait(5))
cancelled = threading.Timer(10, print, args=('never',))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(cancelled.is_alive(), timer.is_alive() or timer.join() or timer.is_alive())

rlock = threading.RLock()
with rlock:
    with rlock:
        print('re-entered', rlock._is_owned() if hasattr(rlock, '_is_owned') else True)
print(lock.acquire(blocking=False), lock.locked(), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    slots.release()
except ValueError as e:
    print('ValueError:', e)
local = threading.local()
local.x = 'main'
seen = []
t = threading.Thread(target=lambda: seen.append(getattr(local, 'x', 'unset')))
t.start(); t.join()
print(seen, local.x, threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(type(threading.get_ident()).__name__, threading.active_count())
start = time.monotonic()
threading.Event().wait(0.1)
print('waited about 0.1s:', 0.05 < time.monotonic() - start < 2)
