import logging, sys
def trying(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler()
lh
log = logging.getLogger("mem")
log.addHandler(lh); log.setLevel(logging.INFO); log.propagate = False
log.info("one %d", 1); log.debug("dropped"); log.warning("two")
lh.records
lh.setFormatter(logging.Formatter("%(levelname)s=%(message)s"))
log.error("three")
lh.records[-1]
lh.setLevel(logging.ERROR); lh
trying(logging.Handler().emit, None)
class Broken(logging.StreamHandler):
    def format(self, record):
        raise RuntimeError("cannot format")

log.addHandler(Broken())
logging.raiseExceptions = False
log.error("broken handler, quiet")
logging.raiseExceptions = True
log.handlers[-1].name = "broken"; log.handlers[-1].name
log.removeHandler(log.handlers[-1])
h = logging.StreamHandler(sys.stdout)
h, h.terminator, h.stream is sys.stdout
logging.StreamHandler()
h.setStream(sys.stdout)
logging.NullHandler(), logging.NullHandler().handle(None)
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter, adapter.name, adapter.isEnabledFor(logging.INFO)
lh.setLevel(logging.NOTSET)
lh.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.info("from adapter")
lh.records[-1]
class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs

lh.setFormatter(None)
Tagged(log, {"tag": "T"}).warning("hello")
lh.records[-1]
trying(log.info, "x", extra={"message": 1})
