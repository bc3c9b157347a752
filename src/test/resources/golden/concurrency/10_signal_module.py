import signal
signal.getsignal(99)
signal.signal(signal.SIGKILL, print)
signal.signal(2, 5)
signal.signal("x", print)
signal.valid_signals() >= {signal.SIGINT, signal.SIGTERM}
signal.strsignal, signal.strsignal(signal.SIGTERM)
signal.signal.__doc__ is not None, signal.signal.__module__
signal.getsignal(signal.SIGINT)
signal.getsignal(signal.SIGINT) is signal.default_int_handler
signal.signal(signal.SIGUSR1, lambda s, f: print("got", signal.Signals(s).name))
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL).__name__
signal.getsignal(signal.SIGUSR1)
signal.Signals(2), signal.SIGINT == 2, signal.Handlers.SIG_IGN
