import atexit, socket, sys, threading
atexit.register(print, "atexit ran")
def cleanup(name):
    print("cleanup", name)
atexit.register(cleanup, "sock")
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
sys.stderr.write("to stderr\n")
print("a", "b", sep="-", end="!\n")
print(*range(3), sep=", ")
s = socket.socket()
s.bind((sys.argv[1], 0))
t = threading.Thread(target=lambda: print("thread done"))
t.start(); t.join()
try:
    line = input("prompt> ")
except EOFError as e:
    print("EOF", repr(e))
sys.exit(f"fatal: could not continue ({s.family.name})")
