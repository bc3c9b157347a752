# Reads until the client's half-close, then answers over the still-open direction.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
for _ in range(2):
    conn, _ = srv.accept()
    words = 0
    chunks = []
    while True:
        data = conn.recv(7)
        if not data:
            break
        chunks.append(data)
    text = b"".join(chunks).decode()
    words = len(text.split())
    print("got", len(text), "chars", words, "words")
    conn.sendall(f"{words} words, {len(set(text.split()))} distinct".encode())
    conn.close()
srv.close()
