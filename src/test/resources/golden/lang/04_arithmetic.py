# about: int and float operators: floor division, modulo, powers, divmod, round, abs
7 // 2
-7 // 2
7 // -2
-7 % 3
7 % -3
-7.5 // 2
-7.5 % 2
7 / 2
6 / 3
1 / 0
1 // 0
5 % 0
1.0 / 0
2 ** 10
2 ** -1
(-8) ** 2
-8 ** 2
2 ** 0.5
0 ** 0
10 ** 30 + 1
(2 ** 64) // 3
-(2 ** 64) // 3
divmod(17, 5)
divmod(-17, 5)
divmod(7.5, 2)
round(2.5)
round(3.5)
round(-0.5)
round(2.675, 2)
round(1234, -2)
round(3.14159, 3)
abs(-5)
abs(-2.5)
abs(-(10 ** 25))
7 * 1.0
1 + 2j
