# uuid and secrets as chat programs use them: ids for clients, tokens for sessions.
import secrets
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.clock_seq, u.time)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID('urn:uuid:12345678123456781234567812345678') == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://localhost:8080/chat'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_X500, uuid.RFC_4122)
a = uuid.uuid4()
print(type(a).__name__, a.version, a.variant, len(str(a)), str(a)[14], str(a).count('-'), a != uuid.uuid4())
b = uuid.uuid1()
print(b.version, b.variant, len(b.hex), uuid.uuid1() > b)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), {u: 1}[uuid.UUID(str(u))], int(u) == u.int)
for bad in [lambda: uuid.UUID('1234'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'x'),
            lambda: uuid.UUID(int=1, version=9), lambda: setattr(u, 'int', 5), lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48)), lambda: uuid.uuid3(uuid.NAMESPACE_OID, b'1.2.3')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = secrets.token_hex(16)
print(len(t), all(c in '0123456789abcdef' for c in t), len(secrets.token_hex()), len(secrets.token_bytes(8)), len(secrets.token_bytes()))
print(len(secrets.token_urlsafe(16)), '=' in secrets.token_urlsafe(), secrets.choice('ab') in 'ab', 0 <= secrets.randbelow(10) < 10)
print(secrets.compare_digest(b'a', b'a'), secrets.randbits(8) < 256, secrets.DEFAULT_ENTROPY)
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
