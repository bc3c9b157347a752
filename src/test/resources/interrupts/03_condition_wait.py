import threading
c = threading.Condition()
print("ready", flush=True)
with c:
    c.wait()
