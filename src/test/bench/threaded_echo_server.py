"""A threaded echo server, one thread per connection, as learners write it.

Usage: threaded_echo_server.py HOST PORT CONNECTIONS
Prints "listening" once it listens, serves CONNECTIONS connections, waits for every handler thread,
then prints how many threads are left and which descriptor a new socket gets (the listener's own,
3, unless one leaked), and waits for a line on stdin before it exits, so that a test can look at the
process from outside while it is still there.
"""
import socket
import sys
import threading


def handle(conn):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            conn.sendall(data)


def main():
    host, port, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen(128)
    first_fd = srv.fileno()
    print("listening", first_fd, flush=True)
    running = []
    for _ in range(total):
        conn, _addr = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        running.append(t)
        if len(running) >= 256:
            running = [r for r in running if r.is_alive()]
    srv.close()
    for t in running:
        t.join()
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    print("served", total, "threads", threading.active_count(), "next fd", probe.fileno(), flush=True)
    probe.close()
    sys.stdin.readline()


if __name__ == "__main__":
    main()
