from datetime import datetime, time, timedelta, timezone, tzinfo
class Plus3(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "P3"
    def __repr__(self):
        return "Plus3()"

p3 = Plus3()
isinstance(p3, tzinfo)
d = datetime(2024, 1, 2, 3, 4, 5, tzinfo=p3)
d
print(d)
d.utcoffset(), d.dst(), d.tzname(), d.isoformat()
d.strftime("%H:%M %z %Z"), d.timetuple().tm_isdst
d - datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
d.astimezone(timezone.utc)
datetime(2024, 1, 2, tzinfo=timezone.utc).astimezone(p3)
datetime.fromtimestamp(0, p3)
str(time(1, tzinfo=p3)), time(1, tzinfo=p3).utcoffset()
class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-2)
    def dst(self, dt):
        return None

datetime(2024, 1, 2, tzinfo=timezone.utc).astimezone(NoDst())
class Empty(tzinfo):
    pass

e = datetime(2024, 1, 1, tzinfo=Empty())
e.utcoffset()
e.tzname()
e.isoformat()
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 5

datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
datetime(2024, 1, 1, tzinfo=Bad()).tzname()
tzinfo().fromutc(5)
timezone.utc.fromutc(datetime(2024, 1, 1))
