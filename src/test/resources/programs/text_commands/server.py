# A command server answering with print(file=...) on a text makefile; failures are summarised on stderr with traceback.
import socket
import sys
import traceback


def run(command, args):
    if command == "ADD":
        return sum(int(a) for a in args)
    if command == "DIV":
        return int(args[0]) // int(args[1])
    if command == "ECHO":
        return " ".join(args)
    raise KeyError(command)


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
reader = conn.makefile("r", encoding="utf-8")
writer = conn.makefile("w", encoding="utf-8")
print("hello, send commands", file=writer, flush=True)
for line in reader:
    command, *args = line.split()
    if command == "QUIT":
        print("bye", file=writer, flush=True)
        break
    try:
        result = run(command, args)
    except Exception as e:
        sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
        print("frames:", [f.name for f in traceback.extract_tb(e.__traceback__)], file=sys.stderr)
        print("error", type(e).__name__, e, file=writer, flush=True)
    else:
        print("=", result, sep=" ", end="\n", file=writer, flush=True)
writer.close()
reader.close()
conn.close()
srv.close()
print("done", file=sys.stderr)
