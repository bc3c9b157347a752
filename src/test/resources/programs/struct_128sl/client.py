# 发送文件: struct.pack('128sl', 文件名, 大小) 报头, 然后按 1024 字节发送.
import socket, os, sys, struct
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((sys.argv[1], int(sys.argv[2])))
except socket.error as msg:
    print(msg)
    sys.exit(1)
print(s.recv(1024))
filepath = 'data.bin'
with open(filepath, 'wb') as f:
    f.write(bytes(range(256)) * 20)
if os.path.isfile(filepath):
    fhead = struct.pack('128sl', os.path.basename(filepath).encode('utf-8'), os.stat(filepath).st_size)
    print(len(fhead), fhead[:12], fhead[-8:])
    s.send(fhead)
    print('client filepath: {0}'.format(filepath))
    fp = open(filepath, 'rb')
    while 1:
        data = fp.read(1024)
        if not data:
            print('{0} file send over...'.format(os.path.basename(filepath)))
            break
        s.send(data)
    fp.close()
s.close()
