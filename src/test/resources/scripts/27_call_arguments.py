# Errors in * and ** arguments name the function as CPython does: module.qualname().
class Point:
    def move(self, *deltas, **options):
        return deltas, options


def show(*values, **options):
    return values, options


p = Point()
for attempt in [lambda: show(*5), lambda: p.move(**None), lambda: print(*3),
                lambda: "-".join(*1), lambda: show(**{"a": 1}, a=2), lambda: Point(*4)]:
    try:
        attempt()
    except TypeError as e:
        print(e)
print([*"ab", *range(2)], {*"aa"})
values = (*7,)
