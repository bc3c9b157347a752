# what each of makefile()'s classes says when closed, or asked for what it cannot do
import socket

a, b = socket.socketpair()
for mode, buffering in [("rb", -1), ("r", -1), ("wb", -1), ("w", -1), ("rwb", -1), ("rb", 0), ("wb", 0)]:
    f = a.makefile(mode, buffering=buffering)
    if "w" in mode:
        f.write(b"" if "b" in mode else "")
    for call in ["read", "readline"] if "r" not in mode else ["write"]:
        try:
            getattr(f, call)(*([b"x" if "b" in mode else "x"] if call == "write" else []))
        except Exception as e:
            print(mode, buffering, "open", call, type(e).__name__, e)
    f.close()
    for call in ["read", "readline", "readlines", "write", "writelines", "flush", "isatty"]:
        args = {"write": [b"x" if "b" in mode else "x"], "writelines": [[]]}.get(call, [])
        try:
            getattr(f, call)(*args)
            print(mode, buffering, call, "ok")
        except Exception as e:
            print(mode, buffering, call, type(e).__name__, e)
a.close()
b.close()
