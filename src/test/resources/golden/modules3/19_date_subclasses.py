from datetime import date, datetime, timedelta, timezone
class D(date):
    def describe(self):
        return f"{self.year}/{self.month}"

d = D(2024, 3, 5)
d, type(d), d.describe(), str(d)
d + timedelta(days=1), type(d - timedelta(days=1))
d - date(2024, 1, 1)
D.today() > date(2000, 1, 1), type(D.today())
D.fromisoformat("2024-01-02"), D.fromordinal(700000)
d.replace(day=9), d == date(2024, 3, 5), isinstance(d, date)
D.today.__name__, D.today.__self__ is D
D(2024, 13, 1)
d.note = "x"; d.note
d.year = 1
date(2020, 1, 1).note = 1
D.min, type(D.min)
class Birthday(date):
    def __new__(cls, y, m, d, who):
        self = super().__new__(cls, y, m, d)
        self.who = who
        return self
    def __repr__(self):
        return f"Birthday({self.who}, {self.isoformat()})"

b = Birthday(1990, 5, 17, "ann")
b, b.who, b.year, print(b)
b.replace(day=1), b.replace(day=1).__dict__
b + timedelta(1)
class Noisy(date):
    def __init__(self, *a):
        print("init", a)

Noisy(2020, 1, 1)
Noisy(2020, 1, 1) + timedelta(1)
Noisy.fromordinal(5)
Noisy(2020, 1, 1).replace(day=2)
class DT(datetime):
    pass

x = DT(2024, 1, 2, 3, 4, 5)
x, DT.now() > x, type(DT.fromtimestamp(0)), x.date(), type(x + timedelta(1))
x.strftime("%Y"), str(x), x - DT(2024, 1, 1)
DT.combine(date(2020, 1, 1), x.time()), DT.strptime("2020", "%Y")
DT(2020, 1, 1, tzinfo=timezone.utc).replace(hour=5)
DT.fromtimestamp(0, timezone.utc)
class TD(timedelta):
    def hours(self):
        return self.total_seconds() / 3600

t = TD(hours=5)
t, t.hours(), str(t)
t + timedelta(1), type(t + timedelta(1)), type(-t), t * 2, abs(t)
TD(1).days, TD(), TD(seconds=-1)
t.note = 1; t.note
t.days = 3
