# Retries each request after a timeout, at most three tries.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1.5)
print("timeout", s.gettimeout())


def ask(text):
    for attempt in range(1, 4):
        s.sendto(text.encode(), (host, port))
        try:
            data, _ = s.recvfrom(1024)
            return data.decode(), attempt
        except socket.timeout as e:
            print("  no answer to", text, "-", type(e).__name__, e)
    return None, 3


for n in range(1, 7):
    print(ask(f"req:{n}"))
print(ask("stop"))
s.close()
