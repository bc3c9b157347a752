# An attribute lookup that fails is marked whole, the call after it left out.
class Reply:
    def __init__(self, text):
        self.text = text


def find(replies, word):
    for r in replies:
        if word in r.text:
            return r


replies = [Reply("hello"), Reply("bye")]
print(find(replies, "bye").text)
print(find(replies, "nothing").text.upper())
