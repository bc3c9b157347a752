# about: error-handling patterns: try/finally with return, retries, global counters, nested handlers, recursion errors
def risky(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        return "div by zero"
    finally:
        print("finally for", x)

risky(2), risky(0)
def override():
    try:
        return "try"
    finally:
        return "finally"

override()
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

swallow()
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "end"

loop_finally()
attempts = 0
def connect():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionRefusedError(111, "Connection refused")
    return "connected"

for tries in range(5):
    try:
        result = connect()
    except ConnectionRefusedError as e:
        print(f"attempt {attempts} failed: {e} (errno={e.errno})")
    else:
        print(result, "after", attempts)
        break
else:
    print("gave up")

def parse(text):
    try:
        n = int(text)
    except ValueError as e:
        print("bad:", e)
        return None
    else:
        return n * 2
    finally:
        print("parsed", repr(text))

parse("21"), parse("x")
def nested():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise LookupError("outer") from None
    except LookupError as e:
        return type(e).__name__, e.__cause__, e.__suppress_context__ if hasattr(e, "__suppress_context__") else "?"

nested()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print("got", e, "| context:", repr(e.__context__))

try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e:
        print(repr(e), repr(e.__context__))

def reraise():
    try:
        int("bad")
    except ValueError:
        print("logging and re-raising")
        raise

reraise()
def helper():
    return [][0]

def caller():
    return helper()

caller()
try:
    caller()
except IndexError as e:
    print("caught:", e)
    raise

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(20)
def down(n):
    return down(n + 1)

down(0)
def ping(n):
    return pong(n)

def pong(n):
    return ping(n)

ping(1)
errors = []
for value in ["1", "2.5", "x", None, "7"]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as exc:
        errors.append(type(exc).__name__)

errors
e
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")

assert 1 + 1 == 2, "math"
assert len("abc") == 4, "length mismatch"
assert False
raise
raise 5
raise ValueError
raise KeyError("k") from ValueError("v")
