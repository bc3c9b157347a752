import pickle
full = pickle.dumps({'k': list(range(100)), 's': 'x' * 50})
for cut in (1, 2, 5, 11, 12, 20, 50, 100, len(full) - 1):
    try:
        pickle.loads(full[:cut])
    except Exception as e:
        print(cut, type(e).__name__, e)

full2 = pickle.dumps({'k': list(range(100))}, 2)
for cut in (1, 2, 5, 50, len(full2) - 1):
    try:
        pickle.loads(full2[:cut])
    except Exception as e:
        print(cut, type(e).__name__, e)

big = pickle.dumps(['y' * 70000, 1])
for cut in (20, 70010, len(big) - 2):
    try:
        pickle.loads(big[:cut])
    except Exception as e:
        print(cut, type(e).__name__, e)

print(pickle.loads(full + b'trailing garbage') == pickle.loads(full))

