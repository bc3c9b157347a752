# A server that reports through logging (to stderr) instead of print.
import logging
import socket
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("server")
host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
log.info("bound to %s", host)
for n in range(3):
    conn, addr = srv.accept()
    log.debug("client %d from %s", n, addr[0])
    with conn:
        data = conn.recv(100)
        try:
            value = int(data)
            conn.sendall(str(value * 2).encode())
            log.info("doubled %d", value)
        except ValueError:
            log.exception("bad number %r", data)
            conn.sendall(b"error")
log.warning("shutting down after %d clients", n + 1)
srv.close()
