# Receives zlib-compressed pickles of the shared classes, answers with pickled receipts.
import pickle
import socket
import sys
import zlib

from messages import Order, Receipt, recv, send

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print("listening", flush=True)
conn, _ = srv.accept()
orders = []
while True:
    payload, obj = recv(conn)
    print("got", len(payload), zlib.crc32(payload), type(obj).__name__, obj)
    if obj == "done":
        break
    if isinstance(obj, Order):
        orders.append(obj)
        send(conn, ("ok", len(orders)))
    else:
        shared = obj["shared"]
        print("shared list is one object:", obj["a"] is shared and obj["b"][0] is shared)
        send(conn, obj, protocol=2)
receipt = Receipt(orders, sum(o.quantity for o in orders))
sent = send(conn, receipt)
print("receipt", len(sent), zlib.crc32(sent))
reader = conn.makefile("rb")
big = pickle.load(reader)
print("from makefile:", sorted(big), len(big["big"]), sum(big["big"]), len(big["text"]))
print("from makefile:", pickle.load(reader))
try:
    pickle.load(reader)
except EOFError as e:
    print("EOFError:", e)
reader.close()
conn.close()
srv.close()
print("closed")
