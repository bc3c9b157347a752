import threading
t = threading.Thread(target=print, args=("ran",))
t.setDaemon(True)
t.setDaemon(False)
t.isDaemon()
t.getName()
t.setName("renamed")
t.name
threading.currentThread().name
threading.activeCount()
e = threading.Event()
e.isSet()
c = threading.Condition()
with c:
    c.notifyAll()
    print("notified")

def old_style():
    return t.getName()

old_style()
old_style()
t.start(); t.join()
