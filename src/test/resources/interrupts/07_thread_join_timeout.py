import threading
release = threading.Event()
t = threading.Thread(target=release.wait, daemon=True)
t.start()
print('ready', flush=True)
try:
    t.join(30)
finally:
    print('finally ran')
