# A call spanning lines is marked from its start to the end of its first line.
def scale(value, factor):
    return value * factor ** 2


result = scale(3,
               2)
print(result)
result = scale(3,
               "2")
