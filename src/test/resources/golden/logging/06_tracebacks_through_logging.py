import logging, sys
log = logging.getLogger("errs")
h = logging.StreamHandler(sys.stdout)
log.addHandler(h); log.propagate = False
log.info("bad %d", "x")
log.warning("too few %s %s", 1)
log.warning("fine %s", "after")
log.setLevel("LOUD")
log.setLevel(None)
logging.getLogger(5)
log.log("x", "bad level")
logging.Formatter("%(nope)s").format(logging.makeLogRecord({"msg": "m"}))
logging.Formatter(style="x")
logging.Formatter("no fields")
logging.basicConfig(stream=sys.stdout, filename="x.log")
logging.basicConfig(nonsense=1)
logging.Handler().emit(None)
log.info("x", extra={"message": 1})
def deeper():
    log.error("from %s %s", "deeper")

deeper()
