# about: conversions with int()/float(), hex/oct/bin, big ints as floats, augmented assignment
int(3.99)
int(-3.99)
int('ff', 16)
int('0x1F', 16)
int(' 42 ')
int('-17')
int('1_000')
int('101', 2)
int('z', 36)
int('3.5')
int('x')
int('')
float('abc')
hex(255)
hex(-255)
oct(8)
bin(5)
10 ** 400 > 1e308
float(10 ** 400)
x = 5
x += 3
x *= 2
x -= 1
x //= 4
x **= 3
x %= 5
x
