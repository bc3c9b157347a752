import hashlib, hmac, uuid, secrets
hashlib.sha256(b"hello").hexdigest()
h = hashlib.md5(); h.update(b"a"); h.update(b"b"); h.hexdigest(), h.digest_size, h.block_size, h.name
hashlib.sha1(b"x").digest()
hashlib.new("sha512", b"x").hexdigest()[:16]
hashlib.new("nope")
hashlib.sha256("text")
hashlib.sha256(b"a").copy().hexdigest() == hashlib.sha256(b"a").hexdigest()
sorted(hashlib.algorithms_guaranteed)
hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"").hexdigest()[:8]
hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16]
hashlib.shake_128(b"x").hexdigest(4)
m = hmac.new(b"key", b"msg", hashlib.sha256); m.hexdigest()
hmac.new(b"key", b"msg", "md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex()
hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b")
hmac.compare_digest("a", b"a")
hmac.new(b"key")
hmac.new("key", b"m", "sha256")
m.name, m.digest_size, m.block_size
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
u, str(u), u.hex, u.int, u.version, u.variant, u.bytes[:4], u.fields
uuid.UUID("bad")
uuid.UUID(int=1)
uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x")
type(uuid.uuid4()), uuid.uuid4().version, len(str(uuid.uuid4()))
uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, u < uuid.UUID(int=2**127)
uuid.NAMESPACE_DNS
len(secrets.token_hex(16)), len(secrets.token_bytes(8)), type(secrets.token_urlsafe())
secrets.choice([7]), 0 <= secrets.randbelow(10) < 10, secrets.randbits(1) in (0, 1)
secrets.randbelow(0)
secrets.compare_digest("a", "a")
secrets.token_hex(-1)
hmac.compare_digest("a", b"a")
hmac.compare_digest(1, 2)
hmac.compare_digest("é", "é")
hmac.compare_digest(b"a", memoryview(b"a")), hmac.compare_digest("ab", "ab"), hmac.compare_digest(b"a", b"b")
hmac.compare_digest
secrets.compare_digest is hmac.compare_digest
hmac.compare_digest(a=b"x", b=b"x")
hmac.compare_digest(b"a")
