import socket
import sys

lines = ['NICK alice', 'MSG #lobby :hello there, everyone!', 'ADD 20 -22', 'NICK 9lives',
         'FIND /\\d+/ ports 80, 443 and 8080', 'FIND /\\bb\\w+/i Berry and banana, not abba',
         'FIND /(a/ text', 'HELLO    big   world', 'MSG bob :x', 'quit']
with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    f = s.makefile('rw', encoding='utf-8', newline='\n')
    for line in lines:
        f.write(line + '\n')
        f.flush()
        print(f.readline().rstrip('\n'))
    f.close()
