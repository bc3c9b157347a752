# A line protocol over makefile(): each line comes back upper-cased, "QUIT" ends the session.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
for _ in range(2):
    conn, _ = srv.accept()
    with conn, conn.makefile("r", encoding="utf-8", newline="\n") as rf, conn.makefile("w", encoding="utf-8") as wf:
        wf.write("READY\n")
        wf.flush()
        count = 0
        for line in rf:
            line = line.rstrip("\n")
            if line == "QUIT":
                wf.write("BYE\n")
                wf.flush()
                break
            count += 1
            wf.write(line.upper() + "\n")
            wf.flush()
        print("lines served:", count)
srv.close()
