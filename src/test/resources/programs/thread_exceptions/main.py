import socket, sys, threading, traceback

def worker(n):
    if n == 1:
        raise ValueError(f"bad worker {n}")
    print("worker", n, threading.current_thread().name)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()

class Named(threading.Thread):
    def run(self):
        s = socket.socket()
        s.settimeout(0.1)
        s.bind((sys.argv[1], 0))
        s.listen()
        try:
            s.accept()
        finally:
            s.close()

t = Named(name="acceptor")
t.start(); t.join()
print(threading.active_count(), threading.main_thread().name, t.is_alive(), repr(t).split(", stopped")[0])
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=worker, args=(1,), name="hooked"); t.start(); t.join()
try:
    worker(1)
except ValueError:
    print(traceback.format_exc().splitlines()[-1])
    traceback.print_exc(file=sys.stdout)
    e = sys.exc_info()
    print(e[0], e[1])
    print("".join(traceback.format_exception(*e)))
    print(traceback.format_exception_only(e[0], e[1]))
