# about: nested with blocks and state after exit
import socket
with socket.socket() as a:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as b:
        print(a.fileno(), b.fileno())
    print(b)
    print(b.fileno())

a
with socket.socket() as s:
    raise ValueError('inside')

s
with socket.socket() as s:
    s.close()

s.__enter__()
s.__exit__(None, None, None)
