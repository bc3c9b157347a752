# about: struct range errors differ between CPython's native and standard packers
import struct
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', '<h', '<H', '<l', '<L', '<q', '>h', '>H', '>q', '>Q', '=i', 'P']:
    for v in [2**8, -1, 2**32, -2**31 - 1, 2**64, -2**63 - 1, 2**70]:
        try:
            packed = struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, v, e)

