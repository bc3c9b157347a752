# about: int and float literals and their reprs
42
-7
0
0x1f
0o17
0b1011
1_000_000
2 ** 100
-2 ** 63
12345678901234567890123456789 * 98765432109876543210
3.0
0.1 + 0.2
1e16
1e15
1.5e16
1e-5
0.0001
123456789.123456789
1/3
2.5e-10
float('inf')
-float('inf')
float('nan')
float('-inf') + float('inf')
-0.0
0.0 == -0.0
1e308 * 10
float('1e400')
float(' 3.25 ')
float('nan') == float('nan')
True + True
int(True)
1.0
100.0
1e22
1e100
float(10 ** 20)
float(2 ** 53 + 1)
