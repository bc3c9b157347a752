import _thread, signal, threading
_thread.interrupt_main(99)
_thread.interrupt_main(0)
_thread.interrupt_main("x")
_thread.interrupt_main(2, 3)
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1"))
_thread.interrupt_main(signal.SIGUSR1); print("after")
_thread.interrupt_main(signal.SIGUSR2); print("after2")
_thread.interrupt_main()
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("caught")

