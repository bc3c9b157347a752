"""Load for an echo server: CLIENTS threads, each making CONNECTIONS connections that send SIZE
bytes, half-close and read everything back, checking every byte.

Usage: echo_clients.py HOST PORT CLIENTS CONNECTIONS SIZE
Prints "ok CONNECTIONS_TOTAL BYTES SECONDS" and exits 0 when every byte came back, or names the
first failure and exits 1.
"""
import os
import socket
import sys
import threading
import time


def client(host, port, connections, size, seed, failures):
    payload = (bytes([seed % 251]) + os.urandom(15)) * (size // 16) + os.urandom(size % 16)
    for n in range(connections):
        try:
            with socket.create_connection((host, port), timeout=60) as s:
                s.sendall(payload)
                s.shutdown(socket.SHUT_WR)
                chunks = []
                while True:
                    data = s.recv(65536)
                    if not data:
                        break
                    chunks.append(data)
            back = b"".join(chunks)
            if back != payload:
                failures.append("client %d connection %d: %d bytes back of %d, %s"
                                % (seed, n, len(back), len(payload), "equal" if back == payload[:len(back)] else "different"))
                return
        except OSError as e:
            failures.append("client %d connection %d: %r" % (seed, n, e))
            return


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    clients, connections, size = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    failures = []
    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(host, port, connections, size, i, failures))
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    if failures:
        print("failed", failures[0], "(%d failures)" % len(failures))
        sys.exit(1)
    print("ok", clients * connections, clients * connections * size, "%.2f" % seconds)


if __name__ == "__main__":
    main()
