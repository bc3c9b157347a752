import logging, socket, sys
logging.basicConfig(format="%(asctime)s %(message)s", datefmt="X", level=logging.INFO)
log = logging.getLogger(__name__)
socks = [socket.create_connection((sys.argv[1], int(sys.argv[2]))) for _ in range(2)]
for i, s in enumerate(socks):
    s.sendall(f"Hello {i}".encode())
    log.info("reply %r", s.recv(100))
for s in socks:
    s.close()
log.warning("%s done", __name__)
