# A failed assert is marked under its test.
def check(total, expected):
    assert total == expected, "expected " + str(expected) + ", got " + str(total)
    return "ok"


print(check(4, 2 + 2))
print(check(5, 2 + 2))
