# A subscript marks its value with ~ and its [index] with ^.
config = {"server": {"host": "localhost"}, "ports": [8080]}
print(config["server"]["host"])
print(config["ports"][0])
port = config["server"]["port"]
