# 手写 HTTP 服务器: 解析请求行, 返回中文 HTML, 404
import socket, sys
HTML = '<html><head><meta charset="utf-8"><title>首页</title></head><body><h1>你好, 世界</h1></body></html>'
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(128)
print('listening', flush=True)
for i in range(3):
    new_socket, client_addr = s.accept()
    request = new_socket.recv(4096).decode('utf-8')
    request_lines = request.splitlines()
    print(request_lines[0])
    method, path, version = request_lines[0].split(' ')
    headers = dict(line.split(': ', 1) for line in request_lines[1:] if ': ' in line)
    print(sorted(headers.items()))
    if path == '/':
        body = HTML.encode('utf-8')
        response = 'HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: %d\r\n\r\n' % len(body)
    else:
        body = ('<h1>404 找不到 %s</h1>' % path).encode('utf-8')
        response = 'HTTP/1.1 404 NOT FOUND\r\nContent-Type: text/html;charset=utf-8\r\n\r\n'
    new_socket.send(response.encode('utf-8') + body)
    new_socket.close()
s.close()
