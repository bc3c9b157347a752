import traceback


def inner():
    traceback.print_stack()
    return traceback.format_stack(limit=2)


def outer():
    return inner()


lines = outer()
print("".join(lines), end="")
for fs in traceback.extract_stack():
    print(fs.name, fs.lineno, fs.line)
