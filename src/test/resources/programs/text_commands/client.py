# Sends a script of commands, some of which fail on the server.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
with socket.create_connection((host, port), timeout=10) as s:
    with s.makefile("rw", encoding="utf-8", newline="") as f:
        print(f.readline(), end="")
        for command in ["ADD 1 2 3", "DIV 7 2", "DIV 1 0", "ECHO  spaced   words ", "NOPE", "ADD x", "QUIT"]:
            print(command, file=f, flush=True)
            print(repr(f.readline()))
        print(repr(f.read()))
