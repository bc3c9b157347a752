# about: f-strings, format() and the format spec mini-language
name = 'Bo'
n = 42
pi = 3.14159265
f'{name}'
f'{name!r}'
f'{name!s}'
f'{n + 1}'
f'{n=}'
f'{pi:.2f}'
f'{n:5}|'
f'{name:5}|'
f'{n:<5}|{n:^5}|{n:>5}'
f'{n:*^9}'
w = 8
p = 3
f'{pi:{w}.{p}f}'
f'{n:+}'
f'{-n: }'
f'{n: }'
f'{1234567:,}'
f'{1234567:_}'
f'{0xdeadbeef:_x}'
f'{pi:e}'
f'{pi:.3e}'
f'{pi:g}'
f'{1e-7:g}'
f'{1e20:g}'
f'{0.256:%}'
f'{0.256:.1%}'
f'{n:b}'
f'{n:o}'
f'{n:x}'
f'{n:X}'
f'{n:#x}'
f'{n:#b}'
f'{n:08b}'
f'{65:c}'
f'{n:=+8}'
f'{-3.5:010.2f}'
f'{{}} {n}'
f'{[1, 2]}'
f'{"nested"}'
f'{n:.2f}'
f'{"x":d}'
f'{n:q}'
format(255, 'x')
format(3.5)
format(0.5, '.0%')
format('s', '>3')
format(True)
format(1e16)
f'{2.5:.0f} {3.5:.0f}'
