#!/usr/bin/env python3
"""Record what CPython 3.11's help() shows for the socket module's functions and socket methods.

Writes src/main/resources/socklab/net/socket-docs.txt: one entry per callable, keyed by its
dotted name, with the title and signature line pydoc gives it (unbound, and bound to a socket
for methods) and its docstring. socklab's help() lays them out as pydoc's plain text does:
"Help on TITLE:", a blank line, the signature line, then the docstring as inspect.cleandoc
tidies it, indented by four spaces.
This script checks that layout against pydoc's own rendering for every entry it writes.

Usage: python3 src/test/tools/record_socket_docs.py
"""
import inspect
import os
import pydoc
import re
import socket

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "resources", "socklab", "net",
                   "socket-docs.txt")
# an object's address in a default value (create_connection's timeout sentinel) differs per run
ADDRESS = re.compile(r"0x[0-9a-f]+")


def page(obj):
    text = pydoc.render_doc(obj, renderer=pydoc.plaintext)
    prefix = "Python Library Documentation: "
    assert text.startswith(prefix)
    return text[len(prefix):]


def split(obj):
    """The title and signature line of obj's page and its docstring, after checking the page's layout.

    The docstring is __doc__ as it is; where __doc__ is None and help() shows the one obj inherits
    (socket.close, written in socket.py, has _socket.socket.close's), that one, marked inherited.
    """
    title, rest = page(obj).split("\n\n", 1)
    signature, body = rest.split("\n", 1)
    shown = inspect.getdoc(obj)
    inherited = obj.__doc__ is None and shown is not None
    doc = shown if inherited else obj.__doc__ or ""
    assert inspect.cleandoc(doc) == (shown or ""), title
    expected = "".join("    " + line + "\n" for line in inspect.cleandoc(doc).split("\n")) if doc else ""
    assert body.rstrip("\n") == expected.rstrip("\n"), (title, body, expected)
    fields = [("title", title), ("signature", ADDRESS.sub("{ADDRESS}", signature))]
    return fields + ([("inherited", "yes")] if inherited else []), doc


def entries():
    sock = socket.socket()
    try:
        for name in sorted(dir(socket.socket)):
            if name.startswith("_"):
                continue
            unbound = getattr(socket.socket, name)
            if not callable(unbound) or isinstance(unbound, type):
                continue
            fields, doc = split(unbound)
            bound, _ = split(getattr(sock, name))
            yield "socket.socket." + name, fields + [("bound-" + k, v) for k, v in bound if k != "inherited"], doc
        for name in sorted(dir(socket)):
            value = getattr(socket, name)
            if name.startswith("_") or isinstance(value, type) or not callable(value):
                continue
            fields, doc = split(value)
            yield "socket." + name, fields, doc
    finally:
        sock.close()


def main():
    lines = ["# What CPython 3.11's help() shows for socket's callables; written by src/test/tools/record_socket_docs.py.",
             "# An entry: '=== NAME', its fields, '---', then its docstring up to the next '==='."]
    for key, fields, doc in entries():
        assert not any(line.startswith("===") for line in doc.split("\n"))
        lines.append("=== " + key)
        lines.extend(k + " " + v for k, v in fields)
        lines.append("---")
        lines.extend(doc.split("\n") if doc else [])
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
