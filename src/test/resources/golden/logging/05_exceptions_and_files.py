import logging, sys
def trying(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)

log = logging.getLogger("exc")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h); log.propagate = False
try:
    1/0
except ZeroDivisionError:
    log.exception("boom")

log.error("with info", exc_info=True)
try:
    {}["k"]
except KeyError as e:
    log.warning("caught %r", e, exc_info=e)

log.critical("stack", stack_info=True)
fh = logging.FileHandler("{TMP}/app.log", mode="w")
fh
fh.baseFilename == "{TMP}/app.log", fh.mode
log.addHandler(fh)
log.error("to the file %d", 7)
open("{TMP}/app.log").read()
fh.close()
open("{TMP}/app.log").read()
lazy = logging.FileHandler("{TMP}/lazy.log", delay=True)
lazy.stream
import os
os.path.exists("{TMP}/lazy.log")
logging.basicConfig(filename="{TMP}/root.log", filemode="w", format="%(name)s:%(message)s", level=logging.INFO)
logging.info("into root.log")
open("{TMP}/root.log").read()
logging.shutdown()
