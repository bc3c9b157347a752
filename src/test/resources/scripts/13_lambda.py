# A lambda called by a builtin: sorted's call is marked, the lambda's operation too.
people = [("ann", 31), ("bob", None), ("cy", 25)]
print(sorted(people[::2], key=lambda p: -p[1]))
ordered = sorted(people, key=lambda p: -p[1])
