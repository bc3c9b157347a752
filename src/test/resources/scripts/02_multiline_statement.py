# In a statement spanning lines, CPython names the line of the part that failed.
def describe(name, size):
    return name + ": " + str(size)


print(describe("small",
               1))
label = describe("large",
                 undefined_size)
