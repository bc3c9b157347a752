# signal.alarm, setitimer, getitimer and pause: SIGALRM handlers interrupting sleep and accept
import signal, time, socket
print(signal.alarm(0), signal.alarm(5), signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
was = signal.setitimer(signal.ITIMER_REAL, 2.5)
print(was, signal.getitimer(signal.ITIMER_REAL)[0] > 2, signal.setitimer(signal.ITIMER_REAL, 0)[0] > 2)
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
signal.signal(signal.SIGALRM, lambda s, f: print('alarm', signal.Signals(s).name))
signal.setitimer(signal.ITIMER_REAL, 0.2)
signal.pause()
print('after pause')
def boom(s, f):
    raise TimeoutError('too slow')
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
try:
    time.sleep(3)
except TimeoutError as e:
    print('sleep interrupted:', e)
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    srv.accept()
except TimeoutError as e:
    print('accept interrupted:', e)
finally:
    srv.close()
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
while len(ticks) < 3:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks, signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print('done', flush=True)
