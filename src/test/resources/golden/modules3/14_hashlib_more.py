import hashlib
b = hashlib.blake2b(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p')
print(type(b), b.name, b.digest_size, b.block_size, b.hexdigest())
s = hashlib.blake2s(b'abc'); print(s.name, s.digest_size, s.block_size, type(s))
x = hashlib.shake_128(b'abc'); print(type(x), x.name, x.digest_size, x.block_size)
for f in [lambda: x.hexdigest(), lambda: x.digest(-1), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b'k'*65),
          lambda: hashlib.blake2b(salt=b's'*17), lambda: hashlib.blake2s(person=b'p'*9), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0),
          lambda: hashlib.pbkdf2_hmac('nope', b'p', b's', 1), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0), lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1),
          lambda: hashlib.new('blake2b', b'x', digest_size=8).hexdigest(), lambda: hashlib.new('shake_256', b'x').hexdigest(4), lambda: hashlib.new('sha512_256', b'x').hexdigest(),
          lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 2, 5).hex(), lambda: hashlib.pbkdf2_hmac(hash_name='sha512', password=b'pw', salt=b'salt', iterations=3).hex(),
          lambda: hashlib.blake2b(b'a', b'b'), lambda: hashlib.shake_128(b'a').digest(0), lambda: x.copy().hexdigest(3), lambda: hashlib.blake2b(data=b'abc').hexdigest()[:10],
          lambda: hashlib.blake2b.SALT_SIZE, lambda: hashlib.blake2s.MAX_DIGEST_SIZE, lambda: hashlib.blake2b.PERSON_SIZE, lambda: hashlib.blake2b.MAX_KEY_SIZE, lambda: hashlib.sha3_256().name,
          lambda: hashlib.blake2b(b'x', last_node=True).hexdigest()[:16], lambda: hashlib.blake2s(b'x', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=16).hexdigest()[:16],
          lambda: hashlib.blake2b(b'x', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest()[:16],
          lambda: hashlib.blake2b(key='x'), lambda: hashlib.blake2b('x'), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's'), lambda: hashlib.pbkdf2_hmac(b'sha1', b'p', b's', 1),
          lambda: hashlib.pbkdf2_hmac('SHA256', b'p', b's', 1).hex()[:8], lambda: hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 1).hex()[:8],
          lambda: hashlib.blake2b(b'k' * 1000, key=b'secret').hexdigest()[:20], lambda: hashlib.blake2s(b'q' * 64).hexdigest()[:20], lambda: hashlib.blake2s(b'q' * 65, key=b'k'*32).hexdigest()[:20],
          lambda: hashlib.shake_256(b'z' * 500).hexdigest(300)[-20:], lambda: hashlib.shake_128(b'z' * 168).hexdigest(10)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

h = hashlib.blake2b(); h.update(b'ab'); c = h.copy(); h.update(b'c'); print(c.hexdigest()[:8], h.hexdigest()[:8], h.hexdigest() == hashlib.blake2b(b'abc').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096, 32).hex())
print(sorted(hashlib.algorithms_guaranteed))
