# Where a failed assert points: at the last comparison among and/or/not, else at nothing.
def check(x, y):
    try:
        assert x and y
    except AssertionError:
        print("plain test fails without a mark")
    assert not x == 1 or y == 2, "neither"


check(0, 1)
check(1, 3)
