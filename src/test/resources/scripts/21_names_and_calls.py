# Calling a value that is not callable is marked as the whole call.
def greet(greeting, name):
    return greeting + ", " + name


print(greet("hi", "ann"))
count = 3
print(count())
