# What Chinese tutorials do with gbk and utf-8: errors, their attributes, every error handler.
tests = [b'\x80', b'\xff\xff', b'\xc4', b'abc\xc4', b'\xc4\xe3\xba', b'\xc4\xe3\x00\xba\xc3', '你好'.encode('utf-8'), b'\x81\x30']
for enc in ['gbk', 'gb2312', 'GBK', 'cp936', 'big5']:
    for b in tests:
        try:
            print(enc, b, repr(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b, e, '|', e.encoding, e.object, e.start, e.end, e.reason)
        print(enc, b, repr(b.decode(enc, 'replace')), repr(b.decode(enc, 'ignore')), repr(b.decode(enc, 'backslashreplace')))
for enc in ['gbk', 'gb2312', 'big5', 'cp936', 'ascii', 'latin-1']:
    for s in ['ÿ', 'a\u00ffb\u0100', '😀', '中文', 'x\udc80y']:
        try:
            print(enc, ascii(s), s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, e, '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
        print(enc, s.encode(enc, 'replace'), s.encode(enc, 'ignore'), s.encode(enc, 'xmlcharrefreplace'),
              s.encode(enc, 'backslashreplace'))
print('x\udc80y'.encode('gbk', 'surrogateescape'))
msg = '你好,世界'.encode('gbk')
try:
    msg.decode('utf-8')
except UnicodeDecodeError as e:
    print(repr(e), e.args)
    err = e
print(isinstance(err, UnicodeError), isinstance(err, ValueError), err.object[err.start:err.end])
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad').reason)
msg.decode('utf-8')
