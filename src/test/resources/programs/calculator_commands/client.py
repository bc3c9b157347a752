# Two sessions of commands, the second one ends by hanging up instead of 'quit'.
import socket, sys
for cmds in [['upper hello 世界', 'calc 1+2*3', 'calc 1/0', 'calc abs(-1)', 'calc 2**100', 'time', 'ls -l', 'quit'], ['calc (1,', 'calc "a" * 3']]:
    with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
        f = s.makefile('rwb')
        print(f.readline().decode().strip())
        for c in cmds:
            f.write((c + '\n').encode())
            f.flush()
            print(c, '->', f.readline().decode('utf-8').rstrip('\n'))
        f.close()
