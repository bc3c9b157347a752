# Sends orders as zlib-compressed pickles, then pickles through a file made of the socket.
import pickle
import socket
import sys
import zlib

from messages import Order, recv, send

host, port = sys.argv[1], int(sys.argv[2])
sock = socket.create_connection((host, port))
for order in [Order("tea", 2, ["hot"]), Order("cake", 1), Order("jam" * 40, 3, ["sweet"])]:
    sent = send(sock, order)
    print("sent", len(sent), zlib.crc32(sent), "->", recv(sock)[1])
shared = [1, 2.5, "three", b"four", None, True]
payload, back = recv(sock) if send(sock, {"shared": shared, "a": shared, "b": (shared, frozenset({7}))}) else None
print("echo", len(payload), zlib.crc32(payload), back, back["a"] is back["shared"])
send(sock, "done")
payload, receipt = recv(sock)
print("receipt", len(payload), zlib.crc32(payload), receipt.orders, receipt.total, receipt.secret)
writer = sock.makefile("wb")
pickle.dump({"big": list(range(300)), "text": "x" * 70000}, writer)
pickle.dump(Order("last", 9), writer, protocol=0)
writer.close()
sock.shutdown(socket.SHUT_WR)
sock.close()
print("bye")
