# sys.stdin.buffer and sys.stdout.buffer: bytes in and out, as file-transfer clients use them.
import sys

print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(4), sys.stdin.buffer.readline())
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.fileno(), sys.stdin.buffer.readable())
print('text, then bytes:', flush=True)
n = sys.stdout.buffer.write(b'raw \xe2\x9c\x93 bytes\n')
sys.stdout.buffer.flush()
print(n, sys.stdout.buffer.write(bytearray(b'array\n')), sys.stdout.buffer.write(memoryview(b'view\n')))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
sys.stderr.buffer.write(b'to stderr as bytes\n')
sys.stderr.buffer.flush()
data = sys.stdin.buffer.read()
print(len(data), data[:12], data.decode().splitlines())
