import threading
threading.Event().wait(-1), threading.Event().wait(float('nan')), threading.Event().wait(0)
c = threading.Condition()
c.acquire()
c.wait(-1), c.wait(float('nan'))
c.release()
threading.Semaphore(0).acquire(timeout=-1)
print('alive')
