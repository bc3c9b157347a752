#!/usr/bin/env python3
"""A tiny key-value server."""
import argparse
import socket

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Key-value server", prog="kvserver")
    parser.add_argument("host", help="address to bind")
    parser.add_argument("port", type=int, help="port to bind")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--backlog", type=int, default=5, metavar="N")
    parser.add_argument("--mode", choices=["text", "json"], default="text")
    return parser.parse_args(argv)

args = parse_args()
store = {}
with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((args.host, args.port))
    srv.listen(args.backlog)
    print("listening", flush=True)
    print(args.host, args.verbose, args.backlog, args.mode)
    print(sorted(vars(args)))
    for bad in (["h"], ["h", "notint"], ["h", "1", "--mode", "xml"], ["h", "1", "--nope"]):
        try:
            parse_args(bad)
        except SystemExit as e:
            print("exit", e.code)
    conn, _ = srv.accept()
    with conn, conn.makefile("rw", encoding="utf-8", newline="\n") as f:
        for line in f:
            cmd, *rest = line.split()
            if cmd == "SET":
                store[rest[0]] = " ".join(rest[1:])
                f.write("OK\n")
            elif cmd == "GET":
                f.write(store.get(rest[0], "(nil)") + "\n")
            elif cmd == "QUIT":
                f.write("BYE\n")
                f.flush()
                break
            else:
                f.write(f"ERR unknown command {cmd!r}\n")
            f.flush()
print(sorted(store.items()))
