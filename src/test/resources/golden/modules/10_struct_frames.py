# about: struct for socket framing: network order, length prefixes, headers
import struct
struct.pack('!I', 1)
struct.pack('!I', 0xdeadbeef)
struct.unpack('!I', b'\x00\x00\x01\x00')
struct.pack('>HH', 80, 443)
struct.unpack('>HH', b'\x00P\x01\xbb')
struct.pack('<Q', 2**64 - 1)
struct.unpack('<Q', b'\x01\x00\x00\x00\x00\x00\x00\x80')
msg = 'héllo'.encode()
frame = struct.pack('!I', len(msg)) + msg
frame
(n,) = struct.unpack('!I', frame[:4])
n, frame[4:4 + n].decode()
header = struct.Struct('!BBH')
header.format, header.size
header.pack(1, 2, 300)
header.unpack(b'\x01\x02\x01,')
header.unpack_from(b'xx\x01\x02\x01,', 2)
struct.calcsize('!IH'), struct.calcsize('IH'), struct.calcsize('HI')
struct.pack('!hHiIqQ', -1, 65535, -2, 4294967295, -3, 2**63)
struct.unpack('!hHiIqQ', struct.pack('!hHiIqQ', -1, 65535, -2, 4294967295, -3, 2**63))
buf = bytearray(10)
struct.pack_into('!HI', buf, 2, 7, 70000)
buf
struct.unpack_from('!HI', buf, offset=2)
list(struct.iter_unpack('!H', b'\x00\x01\x00\x02\x00\x03'))
struct.unpack('!I', b'\x00\x01')
struct.unpack('!I', frame)
struct.pack('!I', -1)
struct.pack('!I', 2**32)
struct.pack('!H', 65536)
struct.pack('!h', 40000)
struct.pack('!I', '5')
struct.pack('!I', 1.0)
struct.pack('!HH', 1)
struct.pack('!H', 1, 2)
struct.unpack('!I', 'abcd')
try:
    struct.unpack('!I', b'')
except struct.error as e:
    print(type(e).__name__, e, isinstance(e, Exception))

struct.error
