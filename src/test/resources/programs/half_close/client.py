# Sends a text, shuts down its writing side, and reads the answer until the server closes.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
texts = ["the quick brown fox jumps over the lazy dog " * 3, ""]
for text in texts:
    s = socket.socket()
    s.connect((host, port))
    s.sendall(text.encode())
    s.shutdown(socket.SHUT_WR)
    answer = b""
    while chunk := s.recv(4):
        answer += chunk
    print(answer.decode())
    try:
        s.send(b"more")
    except BrokenPipeError as e:
        print("send after shutdown:", e)
    s.close()
