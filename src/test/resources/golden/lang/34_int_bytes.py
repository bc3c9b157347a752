# about: int/bytes conversions for hand-made protocols: to_bytes/from_bytes, hex, ord/chr, bit ops, length prefixes
(1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, byteorder="big")
int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True)
(-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big")
(256).to_bytes(1, "big")
(-1).to_bytes(2, "big")
int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big")
msg = "héllo".encode()
frame = len(msg).to_bytes(4, "big") + msg
frame, len(frame)
size = int.from_bytes(frame[:4], "big")
frame[4:4 + size].decode()
def pack_frames(*texts):
    out = b""
    for t in texts:
        data = t.encode()
        out += len(data).to_bytes(2, "big") + data
    return out

def unpack_frames(buf):
    items = []
    while len(buf) >= 2:
        n = int.from_bytes(buf[:2], "big")
        if len(buf) < 2 + n:
            break
        items.append(buf[2:2 + n].decode())
        buf = buf[2 + n:]
    return items, buf

packed = pack_frames("hi", "there", "")
packed
unpack_frames(packed), unpack_frames(packed[:-3])
b"\x01\x02\xff".hex(), b"\x01\x02\xff".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("zz")
hex(255), hex(-42), oct(8), bin(10), bin(-3), int("0b1010", 0), int("0o17", 0), int("0x1f", 0)
ord("A"), chr(65), ord("é"), chr(0x263A), ord(b"a"), ord("ab")
chr(-1)
bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytearray(b"ab") + b"c", list(b"AZ")
bytes([256])
b = bytearray(b"hello")
b[0] = 74
b.extend(b" world")
b, bytes(b), b.decode(), b.upper(), b[1:3], b[-1]
b[0] = 300
flags = 0
flags |= 1 << 0
flags |= 1 << 3
flags, bin(flags), flags & (1 << 3) != 0, flags & 2, flags ^ 0b1111, ~flags, flags >> 1, 1 << 16
(0x12345678 >> 8) & 0xFF, 0xFF & -1, (1 << 64) - 1, (2 ** 100).bit_length(), (255).bit_length()
checksum = sum(b"payload") % 256
checksum, checksum.to_bytes(1, "big"), (sum(b"payload") & 0xFF) == checksum
ip = "192.168.1.20"
parts = [int(p) for p in ip.split(".")]
as_int = int.from_bytes(bytes(parts), "big")
as_int, ".".join(str(x) for x in as_int.to_bytes(4, "big")), ".".join(map(str, parts[::-1]))
"%02x" % 10, "{:04X}".format(0xBEEF), f"{7:03b}", format(10, "x"), int("  -0x10  ".strip(), 16)
b"abc" + "d"
b"abc"[0], b"abc"[0:1], b"a" * 3, b"ab" == "ab", b"x" in b"xyz", 120 in b"xyz"
str(b"abc"), str(b"abc", "ascii"), repr(b"a'b\"c\n\x00")
