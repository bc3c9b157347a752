import errno, binascii, base64, os
errno.ECONNREFUSED, errno.EADDRINUSE, errno.EAGAIN, errno.EWOULDBLOCK
errno.errorcode[111]
os.strerror(errno.ECONNRESET)
errno.errorcode[99999]
errno.ENOSUCH
len(errno.errorcode) > 100
e = OSError(errno.EPIPE, os.strerror(errno.EPIPE))
e, e.errno, e.strerror, type(e)
ConnectionRefusedError().errno
OSError(111, "x").__class__
binascii.hexlify(b"\x00\xffab")
binascii.hexlify(b"abc", "-")
binascii.hexlify(b"abcdef", ":", 2)
binascii.unhexlify("00ff")
binascii.unhexlify("0g")
binascii.unhexlify("abc")
binascii.b2a_hex(b"hi"), binascii.a2b_hex(b"6869")
binascii.crc32(b"hello"), binascii.crc32(b"hello", 1)
binascii.crc_hqx(b"hello", 0)
binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False)
binascii.a2b_base64(b"aGk=")
binascii.a2b_base64(b"aGk")
binascii.Error, binascii.Error.__mro__
binascii.hexlify("str")
bytes.fromhex("de ad be ef").hex(" ")
base64.b64encode(b"hello world")
base64.b64decode("aGVsbG8gd29ybGQ=")
base64.b64decode(b"aGVsbG8gd29ybGQ")
base64.b64decode("aGVsbG8@d29ybGQ=", validate=True)
base64.b64decode("aGVsbG8@d29ybGQ=")
base64.b64encode("text")
base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe")
base64.urlsafe_b64decode("-__-")
base64.b32encode(b"hi"), base64.b32decode("NBUQ====")
base64.b16encode(b"hi"), base64.b16decode("6869"), base64.b16decode("6869".lower(), casefold=True)
base64.b16decode("zz")
base64.b32hexencode(b"hi"), base64.b32hexdecode(b"D1KG====")
base64.encodebytes(b"x" * 60)
base64.decodebytes(b"eHh4\n")
base64.standard_b64encode(b"a"), base64.standard_b64decode(b"YQ==")
base64.b64encode(b"ab", altchars=b"-_")
base64.b64decode(b"YW=", )
binascii.crc_hqx(b"a")
binascii.crc_hqx(b"hello", -1), binascii.crc_hqx(b"", 70000), binascii.crc_hqx(b"123456789", 0xFFFF)
base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"), base64.b32hexdecode("d1imor3f", casefold=True)
base64.b32hexdecode(b"W1IMOR3F")
base64.b32hexdecode(b"D1IMO")
