# 登录注册: json 消息 {"type": ..., "user": ..., "pwd": ...}, sha256 密码, 字典存用户
import socket, json, hashlib, sys, threading

users = {'admin': hashlib.sha256('123456'.encode('utf-8')).hexdigest()}
online = set()


def reply(conn, **kw):
    conn.sendall((json.dumps(kw, ensure_ascii=False) + '\n').encode('utf-8'))


def handle(conn):
    f = conn.makefile('r', encoding='utf-8')
    user = None
    for line in f:
        try:
            msg = json.loads(line)
        except json.JSONDecodeError as e:
            reply(conn, code=400, error=str(e))
            continue
        t = msg.get('type')
        if t == 'register':
            if msg['user'] in users:
                reply(conn, code=409, error='用户已存在')
            else:
                users[msg['user']] = hashlib.sha256(msg['pwd'].encode()).hexdigest()
                reply(conn, code=200, msg='注册成功')
        elif t == 'login':
            ok = users.get(msg['user']) == hashlib.sha256(msg['pwd'].encode()).hexdigest()
            if ok:
                user = msg['user']
                online.add(user)
            reply(conn, code=200 if ok else 401, msg='登录成功' if ok else '用户名或密码错误')
        elif t == 'whoami':
            reply(conn, code=200, user=user, online=sorted(online))
        else:
            try:
                raise KeyError(t)
            except KeyError as e:
                reply(conn, code=404, error='未知类型 %s' % e)
    conn.close()


s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen()
print('listening', flush=True)
conn, _ = s.accept()
th = threading.Thread(target=handle, args=(conn,))
th.start()
th.join()
print(sorted(users), sorted(online))
print(json.dumps(users, indent=2, sort_keys=True)[:60])
