command = ["GET", "/index.html"]
match command:
    case ["GET", path]:
        print("get", path)
    case ["PUT", path, body]:
        print("put", path, body)
    case _:
        print("unknown")

match = 3
match
match * 2
def match(v): return v + 1

match(41)
match 5:
    case x:
        pass
    case 2:
        pass

match 1:
    case _:
        pass
    case 2:
        pass

match 1:
    case abc | 1:
        pass

match 1:
    case [abc, abc]:
        pass

match 1:
    case 1 | (2 as z):
        pass

match 1:
    case [1, 2] | [3, abc]:
        pass

match 1:
    case (y as _):
        pass

match 1:
    case Point(x=1, x=2):
        pass

match 1:
    case 2 if :
        pass

match (1, 2):
    case (a, b) if a > b:
        print("desc")
    case (a, b):
        print("asc", a, b)

