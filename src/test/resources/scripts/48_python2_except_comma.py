# Python 2 habits in a copied tutorial: the except clause with a comma.
import socket
try:
    socket.socket().connect(("127.0.0.1", 1))
except socket.error, msg:
    print(msg)
