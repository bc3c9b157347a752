# A failing decorator is placed at the decorator; a failing format at the whole f-string;
# a compile-time SyntaxWarning quotes its line.
kinds = {}


def register(kind):
    def wrap(f):
        kinds[f.__name__] = kind.upper()
        return f
    return wrap


@register("tool")
def hammer():
    pass


if kinds["hammer"] is "TOOL":
    print("same object")
width = 4
print(f"[{kinds['hammer']!r:^{width + 4}}]")
try:
    print(f"{kinds['hammer']:d}")
except ValueError as e:
    print("ValueError:", e)


@register(None)
def saw():
    pass
