# PyMOTW's select_echo_multiclient.py: two sockets send the message in parts.
import socket
import sys

messages = [
    'This is the message. ',
    'It will be sent ',
    'in parts.',
]
server_address = (sys.argv[1], int(sys.argv[2]))

# Create a TCP/IP socket
socks = [
    socket.socket(socket.AF_INET, socket.SOCK_STREAM),
    socket.socket(socket.AF_INET, socket.SOCK_STREAM),
]

# Connect the socket to the port where the server is listening
print('connecting to {} port {}'.format(server_address[0], '...'),
      file=sys.stderr)
for s in socks:
    s.connect(server_address)

for message in messages:
    outgoing_data = message.encode()

    # Send messages on both sockets
    for s in socks:
        s.send(outgoing_data)

    # Read responses on both sockets
    for n, s in enumerate(socks):
        data = s.recv(1024)
        print('{}: received {!r}'.format(n, data))
        if not data:
            print('closing socket', n, file=sys.stderr)
            s.close()
for s in socks:
    s.close()
