# A minimal HTTP/1.0 responder: parses the request line and headers, serves three requests.
import socket
import sys

PAGES = {"/": "<h1>home</h1>", "/about": "socklab test page"}
host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
for _ in range(3):
    conn, _ = srv.accept()
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(32)
            if not chunk:
                break
            request += chunk
        head = request.decode("iso-8859-1").split("\r\n")
        method, path, version = head[0].split(" ")
        headers = dict(line.split(": ", 1) for line in head[1:] if line)
        print(method, path, version, sorted(headers))
        if method != "GET":
            status, body = "405 Method Not Allowed", "no"
        elif path in PAGES:
            status, body = "200 OK", PAGES[path]
        else:
            status, body = "404 Not Found", f"{path} not found"
        payload = body.encode()
        conn.sendall(
            f"HTTP/1.0 {status}\r\nContent-Type: text/plain\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
srv.close()
