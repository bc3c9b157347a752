from datetime import timedelta
timedelta()
timedelta(days=1, seconds=3600)
str(timedelta(days=1, seconds=3600))
timedelta(1, 2, 3, 4, 5, 6, 7)
timedelta(hours=1.5), timedelta(milliseconds=1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5)
timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1)
str(timedelta(-1)), str(timedelta(seconds=-1)), str(timedelta(days=2, microseconds=5)), str(timedelta(days=-3, hours=5))
print(timedelta(seconds=5), timedelta(minutes=90), timedelta(weeks=2))
d = timedelta(-1, 5, 6)
d.days, d.seconds, d.microseconds
timedelta(days=1, hours=1).total_seconds(), timedelta(microseconds=1).total_seconds()
timedelta.min, timedelta.max, timedelta.resolution
str(timedelta.max), str(timedelta.min)
h = timedelta(hours=1)
h * 2, 2.5 * h, h / 2, h / 1.5, h * 1.5
h / timedelta(minutes=7), h // timedelta(minutes=7), h % timedelta(minutes=7), h // 7
divmod(h, timedelta(minutes=7))
-h, +h, abs(-h)
h + timedelta(minutes=1), h - timedelta(hours=2)
h == timedelta(minutes=60), h < timedelta(hours=2), h > timedelta(0), h == 3600
bool(timedelta(0)), bool(timedelta(microseconds=1))
hash(timedelta(1)) == hash(timedelta(hours=24))
sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)])
sum([timedelta(minutes=20)] * 4, timedelta())
timedelta(days=999999999, hours=24)
timedelta(days=1e10)
timedelta("1")
timedelta(seconds=None)
timedelta(foo=1)
timedelta(1, 2, 3, 4, 5, 6, 7, 8)
h / 0
h // 0
h / timedelta(0)
h + 1
h < 5
h * "a"
divmod(h, 7)
h.days = 3
h.nope
