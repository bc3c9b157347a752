# Client of the upper-case line protocol, reading replies with readline().
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
batches = [["abc", "Mixed Case", "ß and ü"], ["one"]]
for batch in batches:
    s = socket.create_connection((host, port))
    f = s.makefile("rw", encoding="utf-8", newline="\n")
    print(repr(f.readline()))
    for line in batch:
        f.write(line + "\n")
        f.flush()
        print(repr(f.readline()))
    f.write("QUIT\n")
    f.flush()
    print(repr(f.readline()), repr(f.readline()))
    f.close()
    s.close()
