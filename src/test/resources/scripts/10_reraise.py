# A bare raise keeps the traceback as it was; raise e adds the re-raising line to it.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("cannot parse", repr(text))
        raise


def parse_all(texts):
    try:
        return [parse(t) for t in texts]
    except ValueError as e:
        print("giving up")
        raise e


print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
