import threading, sys
def boom():
    raise ValueError("bad")

t = threading.Thread(target=boom, name="B"); t.start(); t.join()
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, type(args).__name__)

threading.excepthook = hook
t = threading.Thread(target=boom, name="C"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
def ex():
    sys.exit(3)

t = threading.Thread(target=ex); t.start(); t.join(); t.is_alive()
def noisy():
    print("a", "b", sep="-")

t = threading.Thread(target=noisy); t.start(); t.join()
class Worker(threading.Thread):
    def run(self):
        raise KeyError("in run")

w = Worker(name="W"); w.start(); w.join()
