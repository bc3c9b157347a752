# about: printf-style % formatting and str.format
'%s' % 'x'
'%r' % 'x'
'%s and %r' % ('a', 'b')
'%d' % 42
'%d' % 3.99
'%i items' % 3
'%5.2f|' % 3.14159
'%-5s|' % 'ab'
'%5s|' % 'ab'
'%x %X %o' % (255, 255, 8)
'%#x' % 255
'%05d' % 42
'%+d' % 5
'%e' % 12345.678
'%g' % 0.00001
'%c' % 65
'100%%' % ()
'%s' % [1, 2]
'%s' % (1, 2)
'%s %s' % (1,)
'%d' % 'x'
'%s' % b'hi'
'{} {}'.format('a', 'b')
'{1} {0}'.format('a', 'b')
'{name} is {age}'.format(name='Bo', age=3)
'{0[1]}'.format(['x', 'y'])
'{0[k]}'.format({'k': 'v'})
'{t.real}'.format(t=5)
'{:>6}|'.format('ab')
'{:<6}|'.format('ab')
'{:^6}|'.format('ab')
'{:*^7}'.format('ab')
'{:08.3f}'.format(3.14159)
'{:,}'.format(1234567)
'{!r}'.format('q')
'{{literal}}'.format()
'{} {}'.format(1)
'{x}'.format(y=1)
'{:d}'.format('x')
