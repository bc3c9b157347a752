import socket, sys
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((sys.argv[1], int(sys.argv[2])))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
rf = conn.makefile("rb")
wf = conn.makefile("wb", buffering=0)
print(type(rf).__name__, type(wf).__name__, rf.mode, wf.mode, rf.name == conn.fileno())
print(rf.readline(5))
print(rf.readline())
n = int(rf.readline())
print(rf.read(n))
for line in rf:
    print("line", line)
    if line.startswith(b"END"):
        break
wf.write(b"thanks\n")
print(rf.read())
print(rf.readlines(), rf.closed)
rf.close()
wf.close()
print(conn.fileno() > 0)
conn.close()
try:
    rf.read()
except ValueError as e:
    print(e)
srv.close()
