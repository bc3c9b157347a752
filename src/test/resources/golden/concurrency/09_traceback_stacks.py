import traceback, sys
def f():
    traceback.print_stack()

f()
def g(limit=None):
    return traceback.format_stack(limit=limit)

g()
g(1), g(-1), g(0)
def h():
    return traceback.extract_stack()

s = h(); type(s).__name__, [fs.name for fs in s], s[-1].lineno
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), te.stack, te.__cause__, te.__context__)
    print(list(te.format_exception_only()))
    print("".join(te.format()))
    te.print()

def bad():
    raise KeyError("k")

try:
    try:
        bad()
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print("".join(te.format()))
    print("".join(te.format(chain=False)))
    print(type(te.__cause__).__name__, str(te.__cause__), [f.name for f in te.__cause__.stack])

fs = traceback.FrameSummary("a.py", 3, "fn", line="x = 1")
fs, fs.filename, fs.lineno, fs.name, fs.line, list(fs)
traceback.FrameSummary("a.py", 3, "fn").line
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), fs])
ss, type(ss).__name__
print("".join(ss.format()))
traceback.StackSummary.from_list([("a.py", 1)])
traceback.format_list(ss)
traceback.print_exception(KeyError("k"))
traceback.print_tb(None)
traceback.format_exception_only(ValueError, ValueError("x"))
list(traceback.walk_tb(None))
