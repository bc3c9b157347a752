# The message classes both sides share, as a learner's module beside the scripts.
import struct
import zlib
import pickle

LENGTH = struct.Struct("!I")


class Order:
    def __init__(self, item, quantity, tags=()):
        self.item = item
        self.quantity = quantity
        self.tags = set(tags)

    def __repr__(self):
        return f"Order({self.item!r}, {self.quantity}, tags={sorted(self.tags)})"


class Receipt:
    def __init__(self, orders, total):
        self.orders = orders
        self.total = total
        self.secret = "not sent"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["secret"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.secret = None


def send(sock, obj, protocol=pickle.DEFAULT_PROTOCOL):
    payload = zlib.compress(pickle.dumps(obj, protocol))
    sock.sendall(LENGTH.pack(len(payload)) + payload)
    return payload


def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        more = sock.recv(n - len(data))
        if not more:
            raise ConnectionError("peer closed")
        data += more
    return data


def recv(sock):
    (length,) = LENGTH.unpack(recv_exactly(sock, LENGTH.size))
    payload = recv_exactly(sock, length)
    return payload, pickle.loads(zlib.decompress(payload))
