import socket
import sys

# Create a TCP/IP socket
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

# Bind the socket to the port
server_address = (sys.argv[1], int(sys.argv[2]))
print('starting up on {}'.format(server_address[0]), file=sys.stderr)
sock.bind(server_address)

# Listen for incoming connections
sock.listen(1)
print("listening", flush=True)
for _ in range(2):
    # Wait for a connection
    print('waiting for a connection', file=sys.stderr)
    connection, client_address = sock.accept()
    try:
        print('connection from', client_address[0], file=sys.stderr)

        # Receive the data in small chunks and retransmit it
        while True:
            data = connection.recv(16)
            print('received {!r}'.format(data), file=sys.stderr)
            if data:
                print('sending data back to the client', file=sys.stderr)
                connection.sendall(data)
            else:
                print('no data from', client_address[0], file=sys.stderr)
                break

    finally:
        # Clean up the connection
        connection.close()
