import socket
import sys

for n in range(2):
    sock = socket.create_connection((sys.argv[1], int(sys.argv[2])))
    try:
        message = b'This is the message.  It will be repeated.'
        print('sending {!r}'.format(message), file=sys.stderr)
        sock.sendall(message)
        amount_received = 0
        amount_expected = len(message)
        while amount_received < amount_expected:
            data = sock.recv(16)
            amount_received += len(data)
            print('received {!r}'.format(data), file=sys.stderr)
    finally:
        print('closing socket', file=sys.stderr)
        sock.close()
