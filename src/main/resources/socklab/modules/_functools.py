"""The C half of functools in CPython: reduce, whose frames stay out of tracebacks as C frames do."""


def reduce(function, iterable, *initial):
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (len(initial) + 2))
    items = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(items)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for item in items:
        value = function(value, item)
    return value
