import logging, sys
def trying(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)

r = logging.LogRecord("n", logging.INFO, "/p/x.py", 12, "hi %s", ("bob",), None)
r
r.getMessage(), r.levelname, r.levelno, r.filename, r.module, r.lineno, r.funcName, r.exc_info, r.threadName
fmt = logging.Formatter("[%(levelname)-8s] %(name)s %(message)s")
fmt.format(r)
logging.Formatter().format(r)
len(logging.Formatter("%(asctime)s").format(r).split(","))
logging.Formatter("%(asctime)s", datefmt="%Y").format(r).isdigit()
logging.Formatter("{levelname} {message}", style="{").format(r)
logging.Formatter("$levelname $message", style="$").format(r)
trying(logging.Formatter("%(nope)s").format, r)
trying(logging.Formatter, style="x")
trying(logging.Formatter, "no fields")
logging.Formatter("no fields", validate=False).format(r)
logging.Formatter("%(message)s", defaults={"extra": 1})._fmt
f = logging.Filter("app")
f.filter(logging.LogRecord("app.x", 10, "p", 1, "m", None, None))
f.filter(logging.LogRecord("application", 10, "p", 1, "m", None, None))
f.filter(logging.LogRecord("app", 10, "p", 1, "m", None, None))
logging.Filter().filter(r)
log = logging.getLogger("app")
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
class NoSecrets(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()

log.addFilter(NoSecrets())
log.warning("a secret")
log.warning("public")
h.addFilter(lambda record: record.levelno >= logging.ERROR)
log.warning("now dropped by the handler's filter")
log.error("errors pass")
type(log.filters[0]).__name__, h.filters[0].__name__
d = logging.makeLogRecord({"msg": "made", "levelno": 30, "custom": 5})
d.msg, d.custom, d.getMessage(), d.levelname
