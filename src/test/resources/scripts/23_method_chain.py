# A method chain over several lines: CPython places the failing call at its method's name.
class Query:
    def __init__(self, parts):
        self.parts = parts

    def where(self, cond):
        return Query(self.parts + [cond])

    def limit(self, n):
        return Query(self.parts + ["limit " + n])


q = (Query([])
     .where("a > 1")
     .where("b < 2"))
print(q.parts)
q = (Query([])
     .where("a > 1")
     .limit(10))
