# A CPU-bound workload of the other shape socket programs take: classes, attributes, bound
# methods, dicts and lists, bytes framing, a subclass of dict. No sockets: the engine alone.
class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1


class Message:
    def __init__(self, kind, body):
        self.kind = kind
        self.body = body

    def size(self):
        return len(self.body) + 4


class Framer:
    def __init__(self):
        self.buf = b''
        self.seen = Counter()
        self.total = 0

    def feed(self, data):
        self.buf += data
        out = []
        while len(self.buf) >= 4:
            n = int.from_bytes(self.buf[:2], 'big')
            if len(self.buf) < 4 + n:
                break
            kind = self.buf[2]
            msg = Message(kind, self.buf[4:4 + n])
            self.buf = self.buf[4 + n:]
            self.seen.add(kind)
            self.total += msg.size()
            out.append(msg)
        return out


def frame(kind, body):
    return len(body).to_bytes(2, 'big') + bytes([kind, 0]) + body


stream = b''.join(frame(i % 7, ('payload %d' % i).encode()) for i in range(2000))
f = Framer()
count = 0
for round_ in range(20):
    for i in range(0, len(stream), 512):
        count += len(f.feed(stream[i:i + 512]))
print(count, f.total, sorted(f.seen.items()))

table = {}
for i in range(100000):
    key = 'client-%d' % (i % 500)
    entry = table.get(key)
    if entry is None:
        entry = table[key] = [0, []]
    entry[0] += 1
    if len(entry[1]) < 3:
        entry[1].append(i)
print(len(table), table['client-7'])
