# A server that hands each connection to a ThreadPoolExecutor worker.
import socket
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

CLIENTS = 3


def handle(conn):
    with conn:
        words = 0
        with conn.makefile("r") as lines:
            ident = lines.readline().strip()
            for line in lines:
                words += len(line.split())
                conn.sendall(line.upper().encode())
        return ident, words, threading.current_thread().name.startswith("pool_")


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    futures = []
    for _ in range(CLIENTS):
        conn, _ = srv.accept()
        futures.append(pool.submit(handle, conn))
    results = sorted(f.result() for f in as_completed(futures))
for ident, words, in_pool in results:
    print(ident, words, in_pool)
failing = ThreadPoolExecutor(1).submit(int, "not a number")
print(type(failing.exception()).__name__, failing.exception())
srv.close()
print("closed")
