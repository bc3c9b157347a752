# CSDN classic: struct.pack('128sl', name, size) file header
import socket, os, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(10)
print('listening', flush=True)
print('Waiting connection...')
conn, addr = s.accept()
print('Accept new connection from {0}'.format(addr[0]))
conn.send('Hi, Welcome to the server!'.encode('utf-8'))
fileinfo_size = struct.calcsize('128sl')
print('fileinfo_size', fileinfo_size)
buf = conn.recv(fileinfo_size)
if buf:
    filename, filesize = struct.unpack('128sl', buf)
    fn = filename.strip(b'\00')
    fn = fn.decode()
    print('file new name is {0}, filesize if {1}'.format(str(fn), filesize))
    recvd_size = 0
    fp = open('./new_' + str(fn), 'wb')
    print('start receiving...')
    while not recvd_size == filesize:
        if filesize - recvd_size > 1024:
            data = conn.recv(1024)
            recvd_size += len(data)
        else:
            data = conn.recv(filesize - recvd_size)
            recvd_size = filesize
        fp.write(data)
    fp.close()
    print('end receive...')
    print(open('./new_' + fn, 'rb').read()[:40])
conn.close()
s.close()
