import pickle
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
for p in (0, 2, 4):
    try:
        d = pickle.dumps(s, p); print(p, d); r = pickle.loads(d); print(r.a, hasattr(r, 'b'))
    except Exception as e: print(p, type(e).__name__, e)
class T(S):
    def __init__(self): super().__init__(); self.c = 3
t = T()
d = pickle.dumps(t); print(d); r = pickle.loads(d); print(r.a, r.c)

