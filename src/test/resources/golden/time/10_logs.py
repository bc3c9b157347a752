import time
from datetime import datetime, timedelta, timezone
def stamp(ts):
    return time.strftime("[%H:%M:%S]", time.gmtime(ts))

for ts, event in [(1700000000, "client connected"), (1700000001.5, "recv 12 bytes"), (1700000062, "client closed")]:
    print(stamp(ts), event)

start = datetime(2024, 1, 2, 12, 3, 1, tzinfo=timezone.utc)
for i, event in enumerate(["listening on 127.0.0.1:9000", "client connected", "echoed 5 bytes"]):
    now = start + timedelta(seconds=i * 1.25)
    print(f"[{now:%H:%M:%S}.{now.microsecond // 1000:03d}] {event}")

elapsed = datetime(2024, 1, 2, 12, 5, 0, tzinfo=timezone.utc) - start
print("uptime", elapsed, elapsed.total_seconds())
print("%s %s" % (start.isoformat(timespec="seconds"), start.strftime("%a, %d %b %Y %H:%M:%S GMT")))
"{:%Y-%m-%d %H:%M:%S}".format(start)
datetime.fromtimestamp(1700000000, timezone.utc).strftime("%d/%b/%Y:%H:%M:%S %z")
import json
json.dumps({"at": start, "took": elapsed}, default=str)
