from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2024, 1, 2, 3, 4, 5)
dt
print(dt)
datetime(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 0, 0, 0, 6)
datetime(2024, 1, 2, 3, fold=1)
dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold
isinstance(dt, date), type(dt).__name__, datetime
dt.date(), dt.time(), dt.weekday(), dt.isoweekday(), dt.toordinal()
dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="hours"), dt.isoformat(timespec="minutes")
dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"), dt.isoformat(timespec="microseconds")
datetime(2024, 1, 2, 3, 4, 5, 123456).isoformat(), str(datetime(2024, 1, 2, 3, 4, 5, 123456))
dt.ctime(), dt.timetuple()
dt.strftime("%Y-%m-%d %H:%M:%S.%f|%z|%Z|%%f"), dt.strftime("[%H:%M:%S] client connected")
f"{dt:%H:%M}", format(dt, ""), f"{dt!s}"
dt.replace(hour=5), dt.replace(year=2023, microsecond=7)
datetime.combine(date(2024, 1, 2), time(3, 4))
datetime.combine(date(2024, 1, 2), time(3, 4), timezone.utc)
datetime.fromordinal(738887)
datetime(2024, 3, 1) - datetime(2024, 2, 1)
datetime(2024, 3, 1) - timedelta(days=1), datetime(2024, 3, 1) + timedelta(hours=1.5), timedelta(1) + datetime(2024, 3, 1)
datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 1)
datetime(2024, 1, 1, 12) > dt, dt == datetime(2024, 1, 2, 3, 4, 5), dt == date(2024, 1, 2)
hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5))
sorted([datetime(2024, 1, 3), datetime(2023, 5, 5, 1)])
datetime.min, datetime.max, datetime.resolution
datetime.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")
datetime.strptime("2024-01-02T03:04:05.25+0100", "%Y-%m-%dT%H:%M:%S.%f%z")
datetime.strptime("12 UTC", "%H %Z")
datetime.strptime("02/Jan/2024:03:04:05 +0000", "%d/%b/%Y:%H:%M:%S %z")
datetime.strptime("2024", "%m")
datetime.strptime("x", "%Y")
datetime.strptime(5, "%Y")
datetime(2024, 1, 1, 25)
datetime(2024, 1, 1, 1, 60)
datetime(2024, 1, 1, 1, 1, 60)
datetime(2024, 1, 1, 1, 1, 1, 1000000)
datetime(2024, 1, 1, fold=2)
datetime(2024)
datetime(2024, 1, 1, tzinfo=5)
datetime(2024, 1, 1, 1, 1, 1, 1, None, 0, 5)
dt + 1
dt - 1
1 - dt
dt + dt
dt - date(2024, 1, 1)
dt < date(2024, 1, 1)
date(2024, 1, 1) < dt
dt < 5
datetime(9999, 12, 31) + timedelta(1)
datetime.min - timedelta(1)
dt.isoformat(timespec="foo")
dt.isoformat(sep="ab")
dt.replace(foo=1)
dt.hour = 1
dt.nope
datetime.combine(1, 2)
datetime.combine(date(2024, 1, 1), 5)
datetime.utcnow(1)
datetime.fromtimestamp()
dt.timestamp(1)
