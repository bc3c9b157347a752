import binascii
import socket
import struct
import sys

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server_address = (sys.argv[1], int(sys.argv[2]))
sock.bind(server_address)
sock.listen(1)
print("listening", flush=True)
unpacker = struct.Struct('I 2s f')
print(unpacker.size, unpacker.format, repr(unpacker).split(" at ")[0])

while True:
    print('\nwaiting for a connection', file=sys.stderr)
    connection, client_address = sock.accept()
    try:
        data = connection.recv(unpacker.size)
        print('received {!r}'.format(binascii.hexlify(data)))
        unpacked_data = unpacker.unpack(data)
        print('unpacked:', unpacked_data)
        print(binascii.hexlify(data, '-'), data.hex(':', 2), binascii.b2a_hex(data))
        break
    finally:
        connection.close()
print(struct.calcsize('!I2sf'), struct.calcsize('@I2sf'), struct.calcsize('<qh'))
print(struct.unpack_from('>H', b'\x00\x01\x02', 1))
try:
    struct.unpack('I', b'abc')
except struct.error as e:
    print(type(e), e)
try:
    struct.pack('>H', 70000)
except struct.error as e:
    print(e)
try:
    struct.pack('i', 'x')
except struct.error as e:
    print(e)
