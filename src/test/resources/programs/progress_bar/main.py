# 进度条: sys.stdout.write + \r + flush, 文件大小格式化
import sys, os, socket, threading, time, hashlib
a, b = socket.socketpair()
data = os.urandom(1) * 0 + bytes(range(256)) * 400
total = len(data)
def sender():
    for i in range(0, total, 4096):
        a.sendall(data[i:i + 4096])
    a.shutdown(socket.SHUT_WR)
t = threading.Thread(target=sender)
t.start()
recv_size = 0
buf = []
last = -1
while recv_size < total:
    chunk = b.recv(4096)
    if not chunk:
        break
    buf.append(chunk)
    recv_size += len(chunk)
    pct = recv_size * 100 // total
    if pct // 25 != last:
        last = pct // 25
        sys.stdout.write('\r[%-50s] %d%%' % ('=' * (pct // 2), pct))
        sys.stdout.flush()
print()
t.join()
print(b''.join(buf) == data, hashlib.md5(b''.join(buf)).hexdigest())
def human(n):
    for unit in ['B', 'KB', 'MB', 'GB']:
        if n < 1024:
            return '%.2f%s' % (n, unit)
        n /= 1024
print(human(total), human(123), human(5 * 1024 ** 3 + 1), '{:,}'.format(total), f'{total/1024:.1f}KB', '%5.1f%%' % 33.333)
print('{:>10}|{:<10}|{:^10}|'.format('右', '左', '中'), '%-8s|%8s|' % ('名字', 'size'), f'{"文件":*^9}')
n = sys.stdout.write('写了几个字符?\n')
print(n, sys.stdout.encoding, sys.stdout.isatty(), sys.stderr.write('') )
print('\t'.join(['a', '中文', 'b']), 'x'.center(7, '-'), '中文'.ljust(6, '.') + '|', 'abc'.zfill(6))
print('%s' % 1.0, '%d' % 3.9, '%x %X %o' % (255, 255, 8), '%e' % 12345.678, '%g' % 0.00001234, '%10.3f|' % 3.14159, '%+d' % 5)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), 10 / 3, 1e16, 1/7, 2**0.5, float('inf'), -0.0)
b.close()
a.close()
