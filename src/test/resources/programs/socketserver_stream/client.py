# Two sessions with the word-count server.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
for lines in (["one two three", "", "four"], ["a b"]):
    with socket.create_connection((host, port)) as s:
        f = s.makefile("rw")
        for line in lines + ["bye"]:
            f.write(line + "\n")
            f.flush()
            print(repr(f.readline()))
        f.close()
