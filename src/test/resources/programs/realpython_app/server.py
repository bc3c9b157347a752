#!/usr/bin/env python3
# Real Python's app-server.py: accepts, hands each connection to libserver.Message.

import sys
import socket
import selectors
import traceback

import libserver

sel = selectors.DefaultSelector()
served = 0


def accept_wrapper(sock):
    conn, addr = sock.accept()  # Should be ready to read
    print(f"Accepted connection from {addr[0]}")
    conn.setblocking(False)
    message = libserver.Message(sel, conn, addr)
    sel.register(conn, selectors.EVENT_READ, data=message)


if len(sys.argv) != 3:
    print(f"Usage: {sys.argv[0]} <host> <port>")
    sys.exit(1)

host, port = sys.argv[1], int(sys.argv[2])
lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# Avoid bind() exception: OSError: [Errno 48] Address already in use
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsock.bind((host, port))
lsock.listen()
print(f"Listening on {(host, '...')}", flush=True)
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)

try:
    while served < 4:
        events = sel.select(timeout=None)
        for key, mask in events:
            if key.data is None:
                accept_wrapper(key.fileobj)
            else:
                message = key.data
                try:
                    message.process_events(mask)
                except Exception:
                    print(
                        f"Main: Error: Exception for {message.addr[0]}:\n"
                        f"{traceback.format_exc()}"
                    )
                    message.close()
                if message.sock is None:
                    served += 1
except KeyboardInterrupt:
    print("Caught keyboard interrupt, exiting")
finally:
    sel.close()
print(libserver.__name__, libserver.Message.__module__)
