import threading
reached = [0]
def deep(n=1):
    reached[0] = n
    deep(n + 1)

t = threading.Thread(target=deep); t.start(); t.join()
reached[0]
def deeper_in_main(n=1):
    reached[0] = n
    deeper_in_main(n + 1)

deeper_in_main()
reached[0]
def bad():
    str.upper(1)

t = threading.Thread(target=bad, name='worker'); t.start(); t.join()
t.is_alive()
def chained():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('from a thread')

t = threading.Thread(target=chained); t.start(); t.join()
threading.active_count()
print('alive')
