import time, datetime
[n for n in dir(datetime) if not n.startswith("__")]
dir(datetime.date(2024, 1, 2))
dir(datetime.datetime(2024, 1, 2))
dir(datetime.time())
dir(datetime.timedelta(1))
dir(datetime.timezone.utc)
dir(time.gmtime(0))
[n for n in dir(datetime.datetime) if not n.startswith("_")]
