# Three sessions at once through a ThreadPoolExecutor; results come back in submission order.
import socket
import sys
from concurrent.futures import ThreadPoolExecutor

host, port = sys.argv[1], int(sys.argv[2])


def session(ident, lines):
    with socket.create_connection((host, port)) as sock:
        sock.sendall(f"{ident}\n".encode())
        replies = []
        with sock.makefile("r") as answers:
            for line in lines:
                sock.sendall(line.encode() + b"\n")
                replies.append(answers.readline().strip())
        return ident, replies


jobs = {"a": ["hello there", "one two three"], "b": ["single"], "c": ["x y", "z", "last line here"]}
with ThreadPoolExecutor() as pool:
    for ident, replies in pool.map(session, jobs, jobs.values()):
        print(ident, replies)
pool.submit(print)
