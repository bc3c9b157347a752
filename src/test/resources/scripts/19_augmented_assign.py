# Augmented assignment: a missing key is marked as a subscript, a bad operand at the statement.
counts = {"a": 1}
counts["a"] += 1
print(counts)
words = ["a", "b"]
for w in words:
    counts[w] += 1
