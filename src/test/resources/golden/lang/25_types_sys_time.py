# about: type reprs, isinstance, builtin reprs, sys.argv, sys.stdout.write, time
type(1)
type(1.5)
type('s')
type(b'b')
type(bytearray())
type([])
type(())
type({})
type(set())
type(None)
type(True)
type(range(1))
type(len)
type(type)
isinstance(1, int)
isinstance(True, int)
isinstance(1, (str, float))
isinstance('s', str)
int
str
len
print
import sys
sys.argv
sys.stdout.write('written\n')
n = sys.stdout.write('quiet\n')
n
sys.stderr.write('to stderr\n')
import time
type(time.time())
time.time() > 1600000000
time.sleep(0)
'last'
