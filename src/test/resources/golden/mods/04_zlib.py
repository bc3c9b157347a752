import zlib
data = b'hello hello hello ' * 20 + bytes(range(256))
for level in (-1, 0, 1, 2, 6, 9):
    print(level, zlib.compress(data, level).hex())

zlib.compress(b'hello', wbits=-15), zlib.compress(b'hello', wbits=31), zlib.compress(b'hello', 9, 31), zlib.compress(b'hello', 1, 31), zlib.compress(b'hello', wbits=12)
zlib.decompress(zlib.compress(data)) == data, zlib.decompress(zlib.compress(data, wbits=31), 31) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data
zlib.decompress(zlib.compress(b'a', wbits=-15), -15), zlib.decompress(zlib.compress(b'a'), 47), zlib.decompress(zlib.compress(b'a'), 0), zlib.decompress(zlib.compress(b'a') + b'junk')
c = zlib.compressobj()
c.compress(b'hello'), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b'x'), c.flush(zlib.Z_FULL_FLUSH), c.flush()
c.compress(b'more')
c = zlib.compressobj(9, zlib.DEFLATED, -15, 8, zlib.Z_FILTERED); c.compress(data).hex(), c.flush().hex()
z = zlib.compressobj(zdict=b'hello'); blob = z.compress(b'hello hello') + z.flush(); blob
zlib.decompressobj(zdict=b'hello').decompress(blob)
zlib.decompress(blob)
d = zlib.decompressobj()
d.decompress(zlib.compress(b'abc') + b'tail'), d.unused_data, d.eof, d.unconsumed_tail
d = zlib.decompressobj(); d.decompress(zlib.compress(b'abc' * 100), 10), len(d.unconsumed_tail), d.eof
len(d.decompress(d.unconsumed_tail, 100)), len(d.flush()), d.eof
stream = zlib.compress(data, wbits=31); d = zlib.decompressobj(47)
b''.join(d.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7)) == data, d.eof
zlib.crc32(b'hello'), zlib.crc32(b'lo', zlib.crc32(b'hel')), zlib.adler32(b'hello'), zlib.adler32(b''), zlib.adler32(b'lo', zlib.adler32(b'hel'))
zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION, zlib.error
zlib.compress(b'x', 10)
zlib.compress(b'x', wbits=7)
zlib.decompress(b'')
zlib.decompress(b'abc')
zlib.decompress(zlib.compress(b'hello')[:-2])
zlib.decompress(zlib.compress(b'a'), 100)
zlib.decompress(zlib.compress(b'a', wbits=31))
g = zlib.compress(b'a', wbits=31)
zlib.decompress(g[:-8] + b'\x00\x00\x00\x00' + g[-4:], 31)
zlib.compress('text')
