# golden: run with -c
def half(n):
    return 10 / n
print(half(2))
half(0)
