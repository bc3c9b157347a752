# Errors while building displays point at the whole display; del of an unknown name at the name.
pairs = {"a": 1, "b": 2}
print({**pairs, "c": 3})
try:
    table = {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
del pairs["a"], pairs
del pairs
