# 下载文件: 先收 4 字节报头长度, 再收 json 报头, 按 file_size 循环收, 校验 md5.
import socket, struct, json, os, sys, hashlib
DOWNLOAD_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'download')
if not os.path.isdir(DOWNLOAD_DIR):
    os.mkdir(DOWNLOAD_DIR)
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
phone.connect((sys.argv[1], int(sys.argv[2])))
for cmd in ['get 笔记.txt', 'get 没有.txt']:
    phone.send(cmd.encode('utf-8'))
    obj = phone.recv(4)
    header_size = struct.unpack('i', obj)[0]
    header_bytes = phone.recv(header_size)
    header_json = header_bytes.decode('utf-8')
    header_dic = json.loads(header_json)
    print(header_dic)
    total_size = header_dic['file_size']
    if total_size < 0:
        print('错误:', header_dic['error'])
        continue
    filename = header_dic['filename']
    m = hashlib.md5()
    with open('%s/%s' % (DOWNLOAD_DIR, filename), 'wb') as f:
        recv_size = 0
        last = -1
        while recv_size < total_size:
            line = phone.recv(1024)
            f.write(line)
            m.update(line)
            recv_size += len(line)
            pct = int(recv_size / total_size * 10)
            if pct != last:
                last = pct
        print('\r下载进度: %.2f%%' % (recv_size / total_size * 100), end='')
        print()
    print('总大小: %s 已下载: %s' % (total_size, recv_size))
    print('md5 一致' if m.hexdigest() == header_dic['md5'] else 'md5 不一致')
    print(os.listdir(DOWNLOAD_DIR), os.path.getsize(os.path.join(DOWNLOAD_DIR, filename)))
phone.close()
