from datetime import date, timedelta
import datetime
d = date(2024, 1, 2)
d
print(d)
d.year, d.month, d.day
d.isoformat(), str(d), d.weekday(), d.isoweekday(), d.toordinal()
d.isocalendar()
d.isocalendar().week, tuple(d.isocalendar())
d.ctime()
d.timetuple()
d.strftime("%A %d %B %Y, day %j, week %U/%W/%V, %H:%M:%S")
format(d, "%d/%m/%y"), f"{d:%Y}", f"{d}", "{:%b}".format(d)
date.fromordinal(738887), date.fromordinal(1)
date.fromisoformat("2024-01-02"), date.fromisoformat("20240102")
date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7)
d.replace(month=2), d.replace(2023), d.replace(day=31)
d + timedelta(days=30), d - timedelta(days=2), timedelta(1) + d, d + timedelta(hours=25), d - timedelta(hours=1)
date(2024, 3, 1) - date(2024, 2, 1)
date(2024, 3, 1) > d, d == date(2024, 1, 2), d != date(2024, 1, 3), d == "2024-01-02"
sorted([date(2024, 1, 3), date(2023, 5, 5), date(2024, 1, 1)])
{d: "x"}[date(2024, 1, 2)]
date.min, date.max, date.resolution
datetime.MINYEAR, datetime.MAXYEAR
date
type(d).__name__
date(2024, 13, 1)
date(2024, 2, 30)
date(2023, 2, 29)
date(0, 1, 1)
date(10000, 1, 1)
date(2024, 1)
date(2024, foo=1)
date(2024, 1, 1, 1)
date(year=2024, month=1, day=5)
date(2024, year=1, month=1)
date("2024", 1, 1)
date(2024.0, 1, 1)
date(2**40, 1, 1)
date.fromordinal(0)
date.fromisoformat("2024-13-02")
date.fromisoformat("nope")
date.fromisoformat(20240102)
date.fromisocalendar(2024, 53, 1)
date.fromisocalendar(2024, 1, 8)
date(2024, 1, 31).replace(month=2)
d.replace(foo=1)
date(9999, 12, 31) + timedelta(1)
date(1, 1, 1) - timedelta(1)
d + 1
d - date(2024, 1, 1) + d
d < 5
d.year = 2025
d.nope
d.isoformat(1)
date.today(1)
