# Unbounded recursion: CPython shows three frames and counts the repeats.
def depth(n):
    return depth(n + 1) + 1


print("recursing")
depth(0)
