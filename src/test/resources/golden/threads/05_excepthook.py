import threading
def fail():
    raise ValueError("bad value")

t = threading.Thread(target=fail); t.start(); t.join()
t.is_alive()
class Crash(threading.Thread):
    def run(self):
        {}["missing"]

c = Crash(); c.start(); c.join()
def quit_thread():
    raise SystemExit(5)

t = threading.Thread(target=quit_thread, name="quitter"); t.start(); t.join()
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook
t = threading.Thread(target=fail, name="hooked"); t.start(); t.join()
seen
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lambda: 1 / 0); t.start(); t.join()
"still running"
