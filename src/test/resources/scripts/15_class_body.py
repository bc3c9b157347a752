# Errors in a class body and in __init__.
class Good:
    size = 2 * 3

    def __init__(self, name):
        self.name = name.upper()


print(Good.size, Good("x").name)


class Broken:
    size = 2 * 3
    half = size / 0
