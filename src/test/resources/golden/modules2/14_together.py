# about: the new modules used together the way a socket program uses them
from collections import namedtuple, Counter, deque, defaultdict, OrderedDict
import random, math, string
from types import SimpleNamespace
Addr = namedtuple('Addr', ['host', 'port'])
a = Addr('127.0.0.1', 8080)
print(f"{a.host}:{a.port}", "%s:%d" % a, "{host}:{port}".format(**a._asdict()), str(a), [a], {a: 1})
print(f"{a!r:>40}|", format(a), a == ('127.0.0.1', 8080), tuple(a), dict(zip(a._fields, a)))
"%s" % a
host, port = a
print(host, port, a._replace(port=9090), Addr._make(['::1', 1]))
words = "to be or not to be that is the question".split()
c = Counter(words)
print(c.most_common(3), c['to'], c['zzz'], len(c), sum(c.values()), list(c)[:3])
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{w:>5} {n}")

hist = deque(maxlen=3)
for line in ["a", "b", "c", "d"]:
    hist.append(line)

print(list(hist), hist, hist[-1], len(hist))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)

print(dict(sorted(groups.items())))
print(sorted(groups), max(groups, key=lambda k: len(groups[k])))
random.seed(2024)
print(random.randint(1024, 65535), random.choice(words), random.sample(words, 3), round(random.uniform(0.5, 1.5), 3))
print(random.random() < 0.5, [random.randrange(0, 100, 5) for _ in range(5)])
token = ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(12))
token
math.ceil(1000 / 64), math.floor(math.log2(1500)), math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2)
cfg = SimpleNamespace(host='localhost', port=5000, debug=False)
cfg.port = 5001
print(cfg, cfg.port, vars(cfg))
od = OrderedDict()
od['first'] = 1; od['second'] = 2; od.move_to_end('first')
print(od, list(od.items()), dict(od))
print(isinstance(c, dict), isinstance(a, tuple), type(a).__name__, Addr.__name__, type(tuple(a)))
