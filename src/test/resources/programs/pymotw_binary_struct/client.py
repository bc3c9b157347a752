import binascii
import socket
import struct
import sys

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server_address = (sys.argv[1], int(sys.argv[2]))
sock.connect(server_address)

values = (1, b'ab', 2.7)
packer = struct.Struct('I 2s f')
packed_data = packer.pack(*values)

print('values =', values)

try:
    # Send data
    print('sending {!r}'.format(binascii.hexlify(packed_data)))
    sock.sendall(packed_data)
finally:
    print('closing socket')
    sock.close()
print(struct.pack('!d', 3.14159), struct.pack('<e', 1.5), struct.pack('?x3s', True, b'abcd'))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(list(struct.iter_unpack('>HH', bytes(range(8)))))
buf = bytearray(8)
struct.pack_into('>I', buf, 2, 0xdeadbeef)
print(buf)
