# HTTP by hand: parse the request line and headers, route a few paths, answer with Content-Length.
import socket
import sys
from datetime import datetime, timezone

ROUTES = {
    '/': ('200 OK', 'text/html; charset=utf-8', '<h1>Hello from a raw socket</h1>\n'),
    '/hello': ('200 OK', 'text/plain; charset=utf-8', 'héllo, wörld\n'),
}


def handle(conn):
    request = b''
    while b'\r\n\r\n' not in request:
        chunk = conn.recv(1024)
        if not chunk:
            return
        request += chunk
    head, _, body = request.partition(b'\r\n\r\n')
    lines = head.decode('iso-8859-1').split('\r\n')
    method, path, version = lines[0].split(' ')
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(':')
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get('content-length', 0))
    while len(body) < length:
        body += conn.recv(1024)
    print(method, path, version, sorted(headers), body)
    if method == 'POST':
        status, ctype, text = '201 Created', 'application/json', '{"got": %d}\n' % len(body)
    else:
        status, ctype, text = ROUTES.get(path, ('404 Not Found', 'text/plain', f'no page {path}\n'))
    payload = text.encode('utf-8')
    stamp = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc).strftime('%a, %d %b %Y %H:%M:%S GMT')
    response = (f'HTTP/1.0 {status}\r\n'
                f'Content-Type: {ctype}\r\n'
                f'Content-Length: {len(payload)}\r\n'
                f'Date: {stamp}\r\n'
                'Connection: close\r\n'
                '\r\n').encode('ascii') + payload
    conn.sendall(response)


with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((sys.argv[1], int(sys.argv[2])))
    server.listen(5)
    print('listening', flush=True)
    for _ in range(4):
        conn, addr = server.accept()
        with conn:
            handle(conn)
