# One thread per client; each handler reports before it answers, so the output order is fixed.
import socket
import sys
import threading

host, port = sys.argv[1], int(sys.argv[2])
results = []
lock = threading.Lock()


def handle(conn, number):
    with conn:
        data = conn.recv(1024)
        with lock:
            results.append((number, len(data)))
        print(f"thread {threading.current_thread().name} got {data!r}", flush=True)
        conn.sendall(data[::-1])


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
threads = []
for number in range(3):
    conn, _ = srv.accept()
    t = threading.Thread(target=handle, args=(conn, number), name=f"client-{number}")
    t.start()
    threads.append(t)
for t in threads:
    t.join()
srv.close()
print(sorted(results), threading.active_count())
