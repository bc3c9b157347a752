import socket, sys
c = socket.create_connection((sys.argv[1], int(sys.argv[2])))
f = c.makefile("rwb")
print(type(f).__name__)
try:
    print(f.mode)
except AttributeError as e:
    print(e)
f.write(b"hello world\n5\nabcde")
f.write(b"one\ntwo\nEND\n")
f.flush()
print(f.readline())
f.write(b"tail without newline")
f.flush()
c.shutdown(socket.SHUT_WR)
f.close()
c.close()
print(f.closed)
