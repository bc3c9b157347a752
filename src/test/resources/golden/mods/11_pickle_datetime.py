import pickle, datetime as d
objs = [d.datetime(2024,1,2,3,4,5,6), d.date(2024,5,6), d.time(1,2,3,4), d.timedelta(days=1, seconds=5, microseconds=7), d.timezone.utc, d.timezone(d.timedelta(hours=8)), d.timezone(d.timedelta(hours=-3), 'X'), d.datetime(2024,1,2,tzinfo=d.timezone.utc), d.time(1, tzinfo=d.timezone.utc), d.datetime(1999, 12, 31, 23, 59, 59, 999999, fold=1), {'at': d.datetime(2020, 2, 29, 12)}]
for o in objs:
    for p in (0, 2, 4):
        b = pickle.dumps(o, p)
        print(p, b, pickle.loads(b) == o, repr(pickle.loads(b)))

