# Client for the key/value store, using one buffered "rwb" file for both directions.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
s = socket.create_connection((host, port), timeout=10)
f = s.makefile("rwb")
print(type(f).__name__, f.mode if hasattr(f, "mode") else None)


def call(command, payload=b""):
    f.write(command + b"\r\n" + payload)
    f.flush()
    head = f.readline()
    if head.startswith(b"$"):
        return head, f.read(int(head[1:]))
    return head, None


print(call(b"SET greeting 12", b"hello\r\nworld"))
print(call(b"SET empty 0"))
print(call(b"GET greeting"))
print(call(b"GET missing"))
print(call(b"GET empty"))
print(call(b"END"))
print(f.read())
f.close()
s.close()
