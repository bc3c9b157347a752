# Numbers the server divides by (one of them zero, one not a number), then an abortive close.
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
for n in [b'4', b'0', b'abc']:
    c = socket.create_connection(addr)
    c.send(n)
    print(n, c.recv(100))
    c.close()
c = socket.create_connection(addr)
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
c.send(b'go')
c.close()
