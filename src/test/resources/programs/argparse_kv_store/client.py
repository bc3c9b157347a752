import argparse
import socket
import sys

parser = argparse.ArgumentParser()
parser.add_argument("host")
parser.add_argument("port", type=int)
parser.add_argument("--timeout", type=float, default=5.0)
args = parser.parse_args()
parser.print_usage()
parser.print_help()
with socket.create_connection((args.host, args.port), timeout=args.timeout) as s:
    print(s.gettimeout())
    r = s.makefile("r", encoding="utf-8")
    w = s.makefile("w", encoding="utf-8")
    for cmd in ["SET name Ada Lovelace", "GET name", "GET other", "DEL x", "QUIT"]:
        w.write(cmd + "\n")
        w.flush()
        print(cmd, "->", r.readline().rstrip("\n"))
    print(repr(r.readline()))
parser.error("done with the demo")
