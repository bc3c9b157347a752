# A browser by hand: GET three paths, split headers from the body, decode the body.
import socket, sys
host, port = sys.argv[1], int(sys.argv[2])
for path in ['/', '/index.html', '/中文']:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, port))
    s.send(('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: curl/7.0\r\nConnection: close\r\n\r\n' % (path, host)).encode('utf-8'))
    buffer = []
    while True:
        d = s.recv(1024)
        if d:
            buffer.append(d)
        else:
            break
    data = b''.join(buffer)
    s.close()
    header, html = data.split(b'\r\n\r\n', 1)
    print(header.decode('utf-8'))
    print(html.decode('utf-8'))
    status = header.split(b'\r\n')[0].split(b' ', 2)
    print(status, int(status[1]) == 200)
