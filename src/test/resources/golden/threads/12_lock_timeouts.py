import threading
l = threading.Lock()
for t in [float('nan'), 2**70, 1e300, float('inf'), -2, -1.5, 2**62, 1e10, 0.01, 'a']:
    try:
        print(t, l.acquire(timeout=t))
        l.release()
    except Exception as e:
        print(t, type(e).__name__, e)

r = threading.RLock()
r.acquire(timeout=float('nan'))
print('alive')
