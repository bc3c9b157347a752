# Unpacking errors are marked under the target list.
pairs = [(1, "one"), (2, "two"), (3, "three", "trois")]
for number, name in pairs:
    print(number, name)
