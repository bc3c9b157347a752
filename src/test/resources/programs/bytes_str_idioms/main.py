# The conversions CSDN posts use, printed the way they print them.
import socket, sys, struct, json
a, b = socket.socketpair()
a.send(str.encode('hello'))
print(b.recv(10), bytes.decode(b'abc'), bytes('中', encoding='utf-8'), str(b'\xe4\xb8\xad', encoding='utf-8'))
msg = '你好,世界'
gbk = msg.encode('gbk')
print(gbk, len(gbk), gbk.decode('gbk'))
try:
    gbk.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.reason, e.object[:4])
print(gbk.decode('utf-8', 'ignore'), gbk.decode('utf-8', errors='replace'))
utf = msg.encode()
a.send(utf[:4])
part = b.recv(1024)
try:
    print(part.decode('utf-8'))
except UnicodeDecodeError as e:
    print('半个字:', e)
print(utf.decode('gbk', 'replace'))
try:
    'ÿ'.encode('gb2312')
except UnicodeEncodeError as e:
    print(e)
print('%s' % utf, '%r' % msg, '{}'.format(gbk[:2]))
print(json.dumps({'名字': '张三', 'age': 18}), json.dumps({'名字': '张三'}, ensure_ascii=False))
print(json.loads('{"a": "\\u4f60"}'), json.dumps(['x'], indent=4))
print(struct.pack('i', 1024), struct.pack('!i', 1024), struct.pack('<I', 65535), struct.pack('>H', 80))
print(struct.unpack('i', b'\x00\x04\x00\x00'), struct.calcsize('i'), struct.calcsize('l'), struct.calcsize('q'), struct.calcsize('128sl'), struct.calcsize('!128sl'))
try:
    struct.unpack('i', b'\x00\x04')
except struct.error as e:
    print('struct.error:', e)
try:
    struct.pack('i', 2**40)
except struct.error as e:
    print('struct.error:', e)
try:
    struct.pack('!I', -1)
except struct.error as e:
    print('struct.error:', e)
try:
    struct.pack('i', '12')
except struct.error as e:
    print('struct.error:', e)
print(struct.pack('5s', b'ab'), struct.pack('2s', '中'.encode()), struct.unpack('5s', b'ab\x00\x00\x00'))
print(bytes([65, 66]), bytearray(b'xy'), b'a' + bytearray(b'b'), b'%d bytes' % 5, b'%s' % b'x')
print(int.from_bytes(b'\x00\x10', 'big'), (1024).to_bytes(4, 'big'), (1024).to_bytes(4, byteorder='little'))
a.close(); b.close()
struct.unpack('i', b'')
