import threading
def worker(n):
    print("worker", n)

t = threading.Thread(target=worker, args=(1,))
repr(t)
t.start(); t.join()
repr(t).split(",")[0], str(t).split(",")[0]
t.name, t.daemon, t.is_alive()
threading.Thread(target=worker, name="w2").name
threading.Thread(target=worker).name
threading.stack_size()
threading.stack_size(1000)
threading.stack_size(-1)
threading.stack_size("big")
threading.stack_size(1, 2)
threading.stack_size(65536)
threading.stack_size()
threading.stack_size()
threading.stack_size(32768)
threading.stack_size(0)
import _thread
_thread.stack_size is threading.stack_size
_thread.stack_size(2**70)
t.setDaemon(True)
t.getName()
t.setName("renamed"); t.name
t.isDaemon()
threading.currentThread().name
threading.activeCount()
threading.main_thread().name, threading.current_thread() is threading.main_thread()
threading.TIMEOUT_MAX
threading.get_ident() == threading.main_thread().ident
