# PyMOTW's select_poll_echo_server.py: select.poll with READ_ONLY / READ_WRITE flag sets.
import select
import socket
import sys
import queue

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setblocking(False)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server_address = (sys.argv[1], int(sys.argv[2]))
server.bind(server_address)
server.listen(5)
print("listening", flush=True)

message_queues = {}

# Do not block forever (milliseconds)
TIMEOUT = 1000

# Commonly used flag sets
READ_ONLY = (
    select.POLLIN |
    select.POLLPRI |
    select.POLLHUP |
    select.POLLERR
)
READ_WRITE = READ_ONLY | select.POLLOUT
print(READ_ONLY, READ_WRITE, select.POLLNVAL)

# Set up the poller
poller = select.poll()
poller.register(server, READ_ONLY)

# Map file descriptors to socket objects
fd_to_socket = {
    server.fileno(): server,
}
closed = 0
timeouts = 0
while closed < 1:
    # Wait for at least one of the sockets to be ready for processing
    events = poller.poll(TIMEOUT)
    if not events:
        timeouts += 1
    for fd, flag in events:
        # Retrieve the actual socket from its file descriptor
        s = fd_to_socket[fd]
        # Handle inputs
        if flag & (select.POLLIN | select.POLLPRI):
            if s is server:
                # A readable socket is ready to accept a connection
                connection, client_address = s.accept()
                print('connection', file=sys.stderr)
                connection.setblocking(0)
                fd_to_socket[connection.fileno()] = connection
                poller.register(connection, READ_ONLY)
                # Give the connection a queue for data to send
                message_queues[connection] = queue.Queue()
            else:
                data = s.recv(1024)
                if data:
                    # A readable client socket has data
                    print('received {!r}'.format(data))
                    message_queues[s].put(data)
                    # Add output channel for response
                    poller.modify(s, READ_WRITE)
                else:
                    # Interpret empty result as closed connection
                    print('closing after reading no data')
                    # Stop listening for input on the connection
                    poller.unregister(s)
                    s.close()
                    closed += 1
                    # Remove message queue
                    del message_queues[s]
        elif flag & select.POLLHUP:
            # Client hung up
            print('closing (HUP)')
            # Stop listening for input on the connection
            poller.unregister(s)
            s.close()
            closed += 1
        elif flag & select.POLLOUT:
            # Socket is ready to send data, if there is any to send.
            try:
                next_msg = message_queues[s].get_nowait()
            except queue.Empty:
                # No messages waiting so stop checking
                poller.modify(s, READ_ONLY)
            else:
                s.send(next_msg)
        elif flag & select.POLLERR:
            print('exception on', s.getpeername(), file=sys.stderr)
            poller.unregister(s)
            s.close()
            del message_queues[s]
try:
    poller.unregister(server)
    poller.unregister(server)
except KeyError as e:
    print("KeyError", e)
server.close()
