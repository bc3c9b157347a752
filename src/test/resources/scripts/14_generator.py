# A generator failing while a for loop or a builtin pulls values from it.
def halves(values):
    for v in values:
        yield v / 2


print(sum(halves([2, 4])))
for h in halves([8, "6"]):
    print(h)
