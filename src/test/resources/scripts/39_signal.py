# signal: handlers, SIG_IGN/SIG_DFL, raise_signal, the enums and the refusals
import signal, threading
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.default_int_handler, signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), signal.Signals, signal.Handlers, signal.strsignal(2), signal.strsignal(15), signal.NSIG)
print(repr(signal.signal(signal.SIGTERM, signal.SIG_IGN)), repr(signal.signal(signal.SIGTERM, print)), signal.getsignal(15))
for bad in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(99, signal.SIG_IGN), lambda: signal.signal(2, 5), lambda: signal.signal(2, 'x'), lambda: signal.getsignal(0), lambda: signal.strsignal(99)]:
  try: print(bad())
  except Exception as e: print(type(e).__name__, e)
print(signal.Signals(2), repr(signal.Signals(6)), signal.SIGINT == 2, type(signal.SIGINT), repr(signal.SIGALRM), sorted(signal.valid_signals())[:5], len(signal.Signals.__members__))
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print('KI', repr(e))
def t():
  try: signal.signal(2, signal.SIG_IGN)
  except Exception as e: print(type(e).__name__, e)
th=threading.Thread(target=t); th.start(); th.join()
got = []
old = signal.signal(signal.SIGINT, lambda s, f: got.append(s))
print(repr(old))
signal.raise_signal(signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from raise_signal')
def stop(signum, frame):
    raise SystemExit('stopped by %s' % signal.Signals(signum).name)
signal.signal(signal.SIGUSR1, stop)
try:
    signal.raise_signal(signal.SIGUSR1)
finally:
    print('finally ran')
