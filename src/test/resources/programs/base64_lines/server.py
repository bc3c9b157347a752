# Base64 lines in, hex digests of the decoded bytes out; a malformed line gets an error reply.
import base64
import binascii
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
with conn, conn.makefile("rb") as lines:
    for line in lines:
        try:
            raw = base64.b64decode(line.strip(), validate=True)
        except binascii.Error as e:
            conn.sendall(f"ERR {e}\n".encode())
            print("bad line:", e)
            continue
        print(len(raw), raw[:6].hex(), binascii.hexlify(raw[-2:], "-"))
        conn.sendall(b"CRC %08x %s\n" % (binascii.crc32(raw), base64.b16encode(raw[:3])))
srv.close()
