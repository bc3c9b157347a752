import logging
import select
import socket
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("select-server")

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setblocking(0)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(5)
print("listening", flush=True)
inputs = [server]
names = {}
done = 0
while done < 2:
    readable, _, exceptional = select.select(inputs, [], inputs, 5)
    if not (readable or exceptional):
        log.warning("timed out")
        break
    for s in readable:
        if s is server:
            conn, addr = s.accept()
            conn.setblocking(False)
            inputs.append(conn)
            names[conn] = f"client{len(names)}"
            log.info("new connection %s", names[conn])
        else:
            data = s.recv(1024)
            if data:
                log.debug("%s sent %r", names[s], data)
                s.send(data.swapcase())
            else:
                log.info("closing %s", names[s])
                inputs.remove(s)
                s.close()
                done += 1
log.error("served %d clients", done)
logging.getLogger().setLevel(logging.WARNING)
log.info("not shown")
log.warning("shown %s", [1, 2])
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
