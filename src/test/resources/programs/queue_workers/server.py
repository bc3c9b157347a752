# A server that accepts in the main thread and hands connections to a pool of worker threads via a queue.
import logging
import queue
import socket
import sys
import threading

logging.basicConfig(level=logging.INFO, format='%(threadName)s %(levelname)s %(message)s')
jobs = queue.Queue(maxsize=10)
results = queue.PriorityQueue()
STOP = None


def worker():
    while True:
        item = jobs.get()
        if item is STOP:
            jobs.task_done()
            break
        number, conn = item
        with conn:
            data = b''
            while not data.endswith(b'\n'):
                chunk = conn.recv(64)
                if not chunk:
                    break
                data += chunk
            words = data.decode().split()
            conn.sendall(f'{len(words)} {sum(map(int, words))}\n'.encode())
        results.put((len(words), words))  # accept order is not the clients' order
        jobs.task_done()


pool = [threading.Thread(target=worker, name=f'worker-{i}', daemon=True) for i in range(3)]
for t in pool:
    t.start()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen(8)
print('listening', flush=True)
for number in range(6):
    conn, _ = srv.accept()
    jobs.put((number, conn))
for _ in pool:
    jobs.put(STOP)
jobs.join()
for t in pool:
    t.join(timeout=5)
srv.close()
logging.info('served %d, queue empty: %s', results.qsize(), jobs.empty())
while not results.empty():
    print(*results.get())
print([t.is_alive() for t in pool])
