import json
import selectors
import socket
import struct
import sys

import libproto

host, port = sys.argv[1], int(sys.argv[2])
sel = selectors.DefaultSelector()


def request(action, value):
    if action == "search":
        return libproto.create_message(content_bytes=libproto.json_encode(dict(action=action, value=value), "utf-8"),
                                       content_type="text/json", content_encoding="utf-8")
    return libproto.create_message(content_bytes=bytes(action + value, encoding="utf-8"),
                                   content_type="binary/custom-client-binary-type", content_encoding="binary")


def run(requests, broken=False):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    err = sock.connect_ex((host, port))
    print("connect_ex", err in (0, 115), flush=True)
    pending = list(requests)
    outb = b""
    reader = libproto.Reader()
    sel.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, data=None)
    while pending or outb:
        for key, mask in sel.select(timeout=5):
            if mask & selectors.EVENT_WRITE:
                if not outb and pending:
                    outb = request(*pending[0]) if not broken else struct.pack(">H", 2) + b"{}"
                if outb:
                    sent = sock.send(outb)
                    outb = outb[sent:]
                if not outb:
                    sel.modify(sock, selectors.EVENT_READ)
            if mask & selectors.EVENT_READ:
                data = sock.recv(4096)
                if not data:
                    print("server closed")
                    pending = []
                    break
                reader.feed(data)
                got = reader.message()
                if got:
                    header, content = got
                    if header["content-type"] == "text/json":
                        result = libproto.json_decode(content, header["content-encoding"])
                        print("got result:", result.get("result"))
                    else:
                        print(f"got response: {content!r}")
                    pending.pop(0)
                    if pending:
                        sel.modify(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)
        if broken and not pending:
            break
    sel.unregister(sock)
    sock.close()


run([("search", "morpheus"), ("search", "ring"), ("search", "\U0001f436"), ("double", "42"), ("negate", "x"), ("fly", "")][:3])
run([("double", "42"), ("search", "nope")])
run([("x", "y")], broken=True)
print(json.dumps({"byteorder": sys.byteorder}), sys.byteorder in ("little", "big"))
