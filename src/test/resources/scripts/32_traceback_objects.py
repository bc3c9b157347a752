# Traceback objects as programs inspect them: sys.exc_info, __traceback__, extract_tb and format_tb.
import sys
import traceback


def parse(text):
    return int(text)


def run(command):
    return parse(command) * 2


print(sys.exc_info())
try:
    run("ten")
except ValueError as e:
    kind, value, tb = sys.exc_info()
    print(kind, value is e, tb is not None, sys.exception() is e)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
    inner = e.__traceback__.tb_next
    print(inner.tb_lineno, inner.tb_frame.f_code.co_name, inner.tb_next.tb_next)
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, isinstance(summary, list), len(summary))
    for frame in summary:
        print(frame.name, frame.lineno, repr(frame.line), frame.filename == __file__)
    name, line = summary[-1][2], summary[-1][1]
    print(name, line, list(summary[0])[1:])
    print("".join(traceback.format_tb(e.__traceback__, limit=-1)), end="")
    print(traceback.format_list(summary[:1]))
    traceback.print_tb(e.__traceback__, 2, sys.stdout)
    print([f.name for f in traceback.extract_tb(e.__traceback__, 1)])
print(sys.exc_info(), sys.exception())
print(ValueError("x").__traceback__)
err = KeyError("k")
print(err.with_traceback(None) is err)
try:
    err.with_traceback(3)
except TypeError as t:
    print(t)
raise RuntimeError("end") from None
