# Echo client: three connections, each sending a few messages and checking the echo.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
messages = [b"hello", b"socket world", "naïve café".encode("utf-8")]
for number in range(3):
    with socket.socket() as s:
        s.connect((host, port))
        for msg in messages[: number + 1]:
            s.sendall(msg)
            got = b""
            while len(got) < len(msg):
                got += s.recv(1024)
            print(number, got, got == msg)
print("client done")
