# about: math constants, rounding to int, roots, powers, logs and the usual trigonometry
import math
math.pi
math.e
math.tau
math.inf, -math.inf, math.nan
math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-0.5)
math.trunc(-2.7), math.trunc(3)
type(math.floor(1.5))
math.floor(1e20)
math.sqrt(2)
math.sqrt(16)
math.isqrt(17)
math.isqrt(10**40)
math.pow(2, 10)
math.pow(2, 0.5)
math.exp(1)
math.exp(2.5)
math.log(100, 10)
math.log(8, 2)
math.log(math.e)
math.log(10)
math.log2(8), math.log2(10), math.log2(3)
math.log10(1000), math.log10(2)
math.log(2**1000), math.log2(2**1100), math.log10(10**500)
math.sin(math.pi / 2), math.cos(0), math.tan(math.pi / 4)
math.sin(1), math.cos(1), math.tan(1)
math.asin(1), math.acos(0.5), math.atan(1)
math.atan2(1, 1), math.atan2(-1, -1)
math.sinh(1), math.cosh(1), math.tanh(0.5)
math.asinh(1), math.acosh(2), math.atanh(0.5), math.atanh(-0.2), math.asinh(1e300)
math.exp2(10), math.exp2(0.5), math.ulp(1.0), math.nextafter(1, 2), math.cbrt(-8)
math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot()
math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1)
math.fabs(-3)
math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 5, 6))
math.sqrt
area = math.pi * 3 ** 2
round(area, 2)
print(f"{math.sqrt(2):.3f}")
