# Start-up cost: the smallest session a learner types first.
import socket
print(type(socket.socket))
