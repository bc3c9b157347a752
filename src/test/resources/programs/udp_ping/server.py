# UDP pinger server: echoes PING lines in upper case, but drops every third datagram (lost packets).
import socket
import sys

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind((sys.argv[1], int(sys.argv[2])))
print('listening', flush=True)
count = 0
while True:
    message, address = server.recvfrom(1024)
    if message == b'quit':
        break
    count += 1
    if count % 3 == 0:
        print('dropping', message.split()[1].decode())
        continue
    server.sendto(message.upper(), address)
print('seen', count)
server.close()
