import time
t = time.gmtime(1700000000)
t
t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff
len(t), t[0], t[-1], t[1:3]
tuple(t)
t == tuple(t), isinstance(t, tuple)
type(t)
time.struct_time
time.gmtime(0)
time.gmtime(-1.5)
time.gmtime(1.99)
time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 0))
s.tm_zone, s.tm_gmtoff
year, month, day, *rest = t
year, month, day, rest
t.tm_year = 2025
t.nope
time.struct_time((1, 2))
time.struct_time((1,) * 12)
time.struct_time(5)
time.gmtime("now")
time.gmtime(float("nan"))
time.gmtime(1e20)
time.gmtime(1, 2)
time.sleep(-1)
time.sleep(float("nan"))
time.sleep(float("inf"))
time.sleep(2**70)
time.sleep(None)
time.sleep(0), time.sleep(0.0)
time.strftime("a\0b")
