# socket.create_connection to a closed port: socket.py's own frames and its re-raise.
import socket

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
print("connecting")
conn = socket.create_connection(("127.0.0.1", port), timeout=2)
