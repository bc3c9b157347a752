# 粘包解决: 报头(json) + struct.pack('i') 长度, 下载文件并校验 md5
import socket, struct, json, os, sys, hashlib
BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SHARE = os.path.join(BASE_DIR, 'share')
os.makedirs(SHARE, exist_ok=True)
with open(os.path.join(SHARE, '笔记.txt'), 'w', encoding='utf-8') as f:
    for i in range(300):
        f.write('第%d行: 你好, socket!\n' % i)
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
phone.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
phone.bind((sys.argv[1], int(sys.argv[2])))
phone.listen(5)
print('listening', flush=True)
conn, client_addr = phone.accept()
print('客户端已连接', client_addr[0])
while True:
    try:
        res = conn.recv(8096)
        if not res: break
        cmds = res.decode('utf-8').split()
        filename = cmds[1]
        path = os.path.join(SHARE, filename)
        if not os.path.exists(path):
            header_dic = {'filename': filename, 'md5': None, 'file_size': -1, 'error': '文件不存在'}
        else:
            m = hashlib.md5()
            with open(path, 'rb') as f:
                for line in f:
                    m.update(line)
            header_dic = {'filename': filename, 'md5': m.hexdigest(), 'file_size': os.path.getsize(path)}
        header_json = json.dumps(header_dic)
        header_bytes = header_json.encode('utf-8')
        conn.send(struct.pack('i', len(header_bytes)))
        conn.send(header_bytes)
        if header_dic['file_size'] > 0:
            with open(path, 'rb') as f:
                for line in f:
                    conn.send(line)
        print('发送完毕', header_dic['filename'], header_dic['file_size'])
    except ConnectionResetError:
        break
conn.close()
phone.close()
