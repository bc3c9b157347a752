# A client that retries, reports errors like a command-line tool and ends with sys.exit codes.
import socket
import sys
import time


def talk(host, port, message):
    try:
        with socket.create_connection((host, port), timeout=3) as s:
            s.sendall(message)
            return s.recv(100)
    except ConnectionRefusedError as e:
        print(f'error: cannot connect to {host}: {e}', file=sys.stderr)
        return None


host, port = sys.argv[1], int(sys.argv[2])
print(repr(talk(host, port, b'first')))
for attempt in range(1, 4):
    reply = talk(host, port, b'second')
    if reply is not None:
        break
    print(f'attempt {attempt} failed', file=sys.stderr)
    time.sleep(0.05)
else:
    sys.exit(2)
