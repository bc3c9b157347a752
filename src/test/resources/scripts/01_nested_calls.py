# A failure three calls deep: every frame names its call, the innermost its operator.
def average(values):
    return total(values) / len(values)


def total(values):
    result = 0
    for v in values:
        result = result + v
    return result


print(average([1, 2, 3]))
print(average([1, "2", 3]))
