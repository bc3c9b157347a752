import threading
e = threading.Event()
print("ready", flush=True)
e.wait()
