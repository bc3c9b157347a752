# An HTTP client by hand: send the request, read the reply through makefile('rb'), parse it.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])


def fetch(method, path, body=b''):
    with socket.create_connection((host, port), timeout=5) as s:
        request = f'{method} {path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: learner/0.1\r\n'
        if body:
            request += f'Content-Length: {len(body)}\r\n'
        s.sendall(request.encode() + b'\r\n' + body)
        f = s.makefile('rb')
        status_line = f.readline().decode().rstrip('\r\n')
        version, code, reason = status_line.split(' ', 2)
        headers = {}
        while True:
            line = f.readline()
            if line in (b'\r\n', b'\n', b''):
                break
            key, value = line.decode().split(':', 1)
            headers[key] = value.strip()
        content = f.read(int(headers['Content-Length']))
        f.close()
    return int(code), reason, headers, content


for method, path, body in [('GET', '/', b''), ('GET', '/hello', b''), ('GET', '/missing', b''),
                           ('POST', '/submit', b'name=learner&lang=python')]:
    code, reason, headers, content = fetch(method, path, body)
    print(code, reason, headers['Content-Type'], headers['Date'])
    print(' ', content.decode('utf-8').rstrip(), len(content) == int(headers['Content-Length']))
