from datetime import datetime, time, timedelta, timezone
import datetime as dtmod
utc = timezone.utc
utc, str(utc), dtmod.UTC, dtmod.UTC is utc
timezone(timedelta(0)), timezone(timedelta(0)) is utc
cet = timezone(timedelta(hours=1), "CET")
cet, str(cet), timezone(timedelta(hours=1)), str(timezone(timedelta(hours=1)))
str(timezone(-timedelta(hours=1, minutes=30))), str(timezone(timedelta(seconds=1))), timezone(timedelta(microseconds=1))
timezone.min, timezone.max
timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), hash(utc) == hash(timezone(timedelta(0)))
utc.utcoffset(None), utc.dst(None), utc.tzname(None), cet.tzname(None)
a = datetime(2024, 1, 2, 3, 4, 5, tzinfo=utc)
a
print(a)
b = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=5, minutes=30)))
b, str(b), b.isoformat()
datetime(2024, 1, 2, 3, tzinfo=timezone(timedelta(hours=-1), "X"))
datetime(2024, 1, 2, 3, fold=1, tzinfo=utc)
a.utcoffset(), a.dst(), a.tzname(), b.utcoffset(), b.tzname()
a.timestamp(), b.timestamp()
a.timetuple(), b.utctimetuple()
a.strftime("%Y-%m-%d %H:%M:%S %z %Z"), b.strftime("%z %Z")
datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5), "EST")).strftime("%z %Z")
a.astimezone(timezone(timedelta(hours=2)))
a.astimezone(cet), b.astimezone(utc)
a - b, b - a
a == a.astimezone(cet), a < b, b < a
datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))) == datetime(2024, 1, 1, 10, tzinfo=utc)
datetime.fromtimestamp(1700000000, timezone.utc)
datetime.fromtimestamp(1700000000.5, tz=cet)
datetime.fromtimestamp(0, utc).isoformat()
datetime.utcfromtimestamp(1700000000), datetime.utcfromtimestamp(1700000000.123456789)
datetime.fromtimestamp(1e12, utc)
datetime.fromtimestamp("x")
datetime.now(utc).tzinfo, datetime.utcnow().tzinfo
a.replace(tzinfo=None), datetime(2024, 1, 1).replace(tzinfo=cet)
time(3, 4, tzinfo=utc), str(time(3, tzinfo=cet)), time(3, tzinfo=utc, fold=1)
time(3, tzinfo=cet).utcoffset(), time(3).utcoffset(), time(3, tzinfo=cet).tzname()
time(3, tzinfo=utc) == time(4, tzinfo=timezone(timedelta(hours=1)))
time(1, tzinfo=utc).strftime("%H %f %z %Z")
a - datetime(2024, 1, 1)
a < datetime(2024, 1, 1)
a == datetime(2024, 1, 1)
time(3, tzinfo=utc) < time(4)
timezone(timedelta(hours=24))
timezone(5)
timezone(timedelta(hours=1), 5)
utc.utcoffset(5)
cet.fromutc(datetime(2024, 1, 1))
a.astimezone(5)
datetime.now(5)
