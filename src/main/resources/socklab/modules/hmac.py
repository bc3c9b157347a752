"""Keyed message authentication (RFC 2104) over hashlib's digests, with CPython's hmac interface.

The statements a traceback quotes sit on the lines they have in CPython 3.11's hmac.py.
"""












import hashlib as _hashlib
from _hashlib import compare_digest





digest_size = None


class HMAC:
    """A running HMAC: feed it with update(), read it with digest() or hexdigest()."""

    blocksize = 64







    def __init__(self, key, msg=None, digestmod=''):













        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)

        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")







        self._init_old(key, msg, digestmod)






    def _init_old(self, key, msg, digestmod):
        if callable(digestmod):
            make = digestmod
        elif isinstance(digestmod, str):
            make = lambda data=b'': _hashlib.new(digestmod, data)
        else:
            make = digestmod.new
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key) + bytes(self.block_size - len(key))
        # the key padded to a block, XORed with RFC 2104's two constants, starts each hash
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        if msg is not None:
            self.update(msg)




















    @property
    def name(self):
        return "hmac-" + self._inner.name




    def update(self, msg):
        self._inner.update(msg)



    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other






















    def digest(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()






    def hexdigest(self):
        return self.digest().hex()




def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with key, fed msg when given, over the digest digestmod names."""















    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call."""
    return HMAC(key, msg, digest).digest()
