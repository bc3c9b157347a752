# Length-prefixed frames ('!I' then payload); answers each frame with its reversed payload.
import socket
import struct
import sys


def recv_exactly(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError(f"peer closed with {len(buf)} of {n} bytes")
        buf += chunk
    return buf


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
frames = 0
while True:
    try:
        (size,) = struct.unpack("!I", recv_exactly(conn, 4))
    except EOFError as e:
        print("end:", e)
        break
    payload = recv_exactly(conn, size)
    frames += 1
    print("frame", frames, size, payload[:20])
    reply = payload[::-1]
    conn.sendall(struct.pack("!I", len(reply)) + reply)
conn.close()
srv.close()
print("frames:", frames)
