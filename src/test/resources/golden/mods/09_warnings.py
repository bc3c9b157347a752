import warnings, threading
warnings.warn("plain")
warnings.warn("plain")
def lib():
    warnings.warn("from lib", DeprecationWarning, stacklevel=2)

lib()
warnings.warn("runtime", RuntimeWarning)
t = threading.Thread(target=print)
t.setDaemon(True)
t.setDaemon(True)
print(t.isDaemon())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("recorded", UserWarning)
    t.getName()

print(len(caught), [str(w.message) for w in caught], caught[0].category, caught[2].category.__name__, caught[0].lineno)
print(str(caught[0]).split(", filename")[0])
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.resetwarnings()
warnings.filterwarnings("error", message="bad.*", category=RuntimeWarning)
try:
    warnings.warn("bad thing", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))

warnings.warn("fine thing", RuntimeWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code line  "))
warnings.showwarning("shown", FutureWarning, "f.py", 9)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)

print(warnings.catch_warnings(record=True), warnings.catch_warnings())
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inner")
    except UserWarning as e:
        print("inner raised", e)

warnings.warn("after")
warnings.warn(UserWarning("instance"))
import re
re.compile('[[a]')
warnings.simplefilter("error")
warnings.warn("last error")
