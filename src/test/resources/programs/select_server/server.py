# One thread, many clients: select.select over the listener and every connection.
import select
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen(5)
listener.setblocking(False)
print("listening", flush=True)
names = {}
served = 0
while served < 3:
    readable, _, _ = select.select([listener] + list(names), [], [], 10)
    if not readable:
        print("idle timeout")
        break
    for sock in readable:
        if sock is listener:
            conn, _ = listener.accept()
            conn.setblocking(True)
            names[conn] = f"#{len(names) + served}"
            print("accepted", names[conn], "clients:", len(names))
            continue
        data = sock.recv(1024)
        if data == b"bye" or not data:
            print("closing", names[sock], data)
            if data:
                sock.sendall(b"bye")
            del names[sock]
            sock.close()
            served += 1
        else:
            print("from", names[sock], data)
            sock.sendall(names[sock].encode() + b" " + data[::-1])
listener.close()
print("served", served)
