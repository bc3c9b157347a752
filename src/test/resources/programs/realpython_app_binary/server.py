import selectors
import socket
import sys
import traceback
import types

import libproto

sel = selectors.DefaultSelector()
answers = {"morpheus": "Follow the white rabbit. \U0001f430", "ring": "In the caves beneath the Misty Mountains."}


def respond(header, content):
    if header["content-type"] == "text/json":
        request = libproto.json_decode(content, header["content-encoding"])
        action, value = request.get("action"), request.get("value")
        if action == "search":
            answer = answers.get(value) or f"No match for '{value}'."
            body = {"result": answer}
        else:
            body = {"result": f"Error: invalid action '{action}'."}
        return libproto.create_message(content_bytes=libproto.json_encode(body, "utf-8"),
                                       content_type="text/json", content_encoding="utf-8")
    return libproto.create_message(content_bytes=b"First 10 bytes of request: " + content[:10],
                                   content_type="binary/custom-server-binary-type", content_encoding="binary")


def accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    data = types.SimpleNamespace(addr=addr, reader=libproto.Reader(), outb=b"")
    sel.register(conn, selectors.EVENT_READ, data=data)
    print("accepted", type(data).__name__, sorted(vars(data)))


def service(key, mask):
    sock, data = key.fileobj, key.data
    if mask & selectors.EVENT_READ:
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError("Peer closed.")
        data.reader.feed(chunk)
        got = data.reader.message()
        if got:
            header, content = got
            print("request", header["content-type"], repr(content[:20]))
            data.outb = respond(header, content)
            sel.modify(sock, selectors.EVENT_WRITE, data=data)
    if mask & selectors.EVENT_WRITE and data.outb:
        sent = sock.send(data.outb)
        data.outb = data.outb[sent:]
        if not data.outb:
            sel.modify(sock, selectors.EVENT_READ, data=data)


lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsock.bind((sys.argv[1], int(sys.argv[2])))
lsock.listen()
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
print("listening", flush=True)
closed = 0
try:
    while closed < 3:
        for key, mask in sel.select(timeout=None):
            if key.data is None:
                accept(key.fileobj)
                continue
            try:
                service(key, mask)
            except Exception:
                tb = traceback.format_exc()
                print(f"Main: Error: Exception for {key.data.addr[0]}:\n{tb}")
                sel.unregister(key.fileobj)
                key.fileobj.close()
                closed += 1
except KeyboardInterrupt:
    print("Caught keyboard interrupt, exiting")
finally:
    print(len(sel.get_map()), sel.get_key(lsock).events == selectors.EVENT_READ)
    sel.close()
