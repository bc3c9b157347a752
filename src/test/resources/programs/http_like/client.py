# Fetches three paths and parses status line, headers and body from the reply.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
for method, path in [("GET", "/"), ("GET", "/missing"), ("POST", "/about")]:
    with socket.create_connection((host, port)) as s:
        s.sendall(f"{method} {path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: lab\r\n\r\n".encode())
        reply = b""
        while True:
            chunk = s.recv(1024)
            if not chunk:
                break
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    version, code, reason = lines[0].split(" ", 2)
    length = int(dict(l.split(": ") for l in lines[1:])["Content-Length"])
    print(code, reason, length == len(body), body.decode())
