# Limits CPython enforces: the 4300-digit int conversion limit, NaN and overflowing timeouts, lengths past 2**31.
import sys, time, select
for code in ["int('1'*5000)", "str(10**5000)", "len(str(10**4000))", "repr(10**4300)", "sys.get_int_max_str_digits()", "'%d' % 10**5000", "f'{10**5000}'", "hex(10**5000)[:5]",
             "time.sleep(float('nan'))", "time.sleep(float('inf'))", "time.sleep(-1)", "select.select([], [], [], float('nan'))", "select.select([], [], [], 1e300)", "select.select([], [], [], -1)",
             "len('\\U0001F600')", "len('😀a')"]:
    try:
        r = eval(code)
        print(code, '->', repr(r)[:60])
    except Exception as e:
        print(code, '!!', type(e).__name__, e)
class Big:
    def __len__(self):
        return 2**31
class Huge:
    def __len__(self):
        return 2**63
for c in (Big, Huge):
    try:
        print(len(c()))
    except Exception as e:
        print(type(e).__name__, e)

def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
t('sel 1e300', lambda: select.select([], [], [], 1e300))
t('sel 1e10', lambda: 'skip')
p = select.poll()
t('poll 2**31', lambda: p.poll(2**31))
t('poll 2**63', lambda: p.poll(2**63))
t('poll 1e300', lambda: p.poll(1e300))
t('poll -5.5', lambda: 'skip')
e = select.epoll()
t('epoll nan', lambda: e.poll(float('nan')))
t('epoll 1e300', lambda: e.poll(1e300))
t('epoll 2**63', lambda: e.poll(2**63))
for x in [float('nan'), float('inf'), 1e300, -1, 2**63]:
    t('sleep %r' % x, lambda: time.sleep(x))
