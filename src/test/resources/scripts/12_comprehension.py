# An error inside a list comprehension: the comprehension has a frame of its own.
def inverses(numbers):
    return [1 / n for n in numbers]


print(inverses([1, 2, 4]))
print({n: 10 // n for n in [5, 2]})
print(inverses([1, 0]))
