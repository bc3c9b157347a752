# A chat room with select: every line from one member goes to all the others.
import select
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen()
print("listening", flush=True)
members = {}
buffers = {}
joined = 0


def broadcast(sender, text):
    for member in members:
        if member is not sender:
            member.sendall(text.encode())


while joined < 3 or members:
    readable, _, _ = select.select([listener, *members], [], [])
    for sock in readable:
        if sock is listener:
            conn, _ = listener.accept()
            joined += 1
            members[conn] = f"user{joined}"
            buffers[conn] = b""
            print(members[conn], "joined")
            broadcast(conn, f"* {members[conn]} joined\n")
            conn.sendall(f"welcome {members[conn]}\n".encode())
            continue
        data = sock.recv(100)
        buffers[sock] += data
        while b"\n" in buffers[sock]:
            line, buffers[sock] = buffers[sock].split(b"\n", 1)
            text = line.decode()
            if text == "/quit":
                name = members.pop(sock)
                print(name, "left")
                broadcast(sock, f"* {name} left\n")
                sock.close()
                break
            print(members[sock] + ":", text)
            broadcast(sock, f"<{members[sock]}> {text}\n")
listener.close()
print("room closed after", joined, "members")
