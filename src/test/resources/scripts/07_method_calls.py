# A method that raises is marked as the whole call; inside, its own line is shown.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty Stack")
        return self.items.pop()


s = Stack()
s.push("abc")
print(s.pop().index("b"))
print(s.pop())
