from datetime import time, timedelta
time(3, 4), time(), time(3, 4, 5, 6)
str(time(3, 4, 5, 6)), str(time(12))
t = time(13, 30, 15, 250000)
t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold
t.isoformat(), t.isoformat("seconds"), t.isoformat(timespec="milliseconds"), t.isoformat(timespec="hours")
t.strftime("%I:%M %p %H %f %Y-%m-%d %j %a")
f"{t:%H:%M}", format(t, "")
t.replace(minute=5), t.replace(microsecond=0)
time.fromisoformat("03:04:05.5"), time.fromisoformat("03:04"), time.fromisoformat("T03:04"), time.fromisoformat("030405")
time.fromisoformat("03:04:05+01:00"), time.fromisoformat("03:04:05Z")
time(3) < time(4), time(3) == time(3, 0), bool(time(0)), hash(time(3)) == hash(time(3))
time.min, time.max, time.resolution
time(24)
time(1, 60)
time(1, 1, 60)
time(1, 1, 1, 1000000)
time(1, fold=3)
time(1, tzinfo=5)
time(1, 2, 3, 4, None, 0, 1)
time(foo=1)
time.fromisoformat("x")
time(3) < 4
time(3) + timedelta(1)
t.isoformat(timespec="x")
t.isoformat(5)
t.replace(foo=1)
t.hour = 2
