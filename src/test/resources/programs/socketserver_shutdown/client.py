import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
with socket.create_connection(addr) as s:
    f = s.makefile("rwb", buffering=0)
    for w in ["hello", "", "racecar", "shutdown"]:
        s.sendall(w.encode() + b"\n")
        print(f.readline())
    print(f.readline())
