# A syntax error at a node marks the node whole; nothing runs.
servers = ["a", "b"]
print("never printed")
for name.upper() in servers:
    print(name)
