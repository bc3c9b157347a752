import threading
release = threading.Event()
t = threading.Thread(target=release.wait, daemon=True)
t.start()
print('ready', flush=True)
t.join()
