import logging
def trying(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)

logging.getLogger()
log = logging.getLogger("app.net")
log, log.parent, log.name, log.level, log.getEffectiveLevel()
log.setLevel(logging.DEBUG); log
log.isEnabledFor(logging.DEBUG), log.isEnabledFor(5)
log.debug("no handler anywhere: dropped")
log.warning("the last resort prints %s", "this")
logging.lastResort
app = logging.getLogger("app")
app is log.parent, app.getChild("net") is log, log.parent.parent
logging.getLogger("app.net.deep").parent is log
logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.INFO)
logging.addLevelName(25, "NOTICE")
logging.getLevelName(25), logging.getLevelName("NOTICE")
log.setLevel("INFO"); log.level
trying(log.setLevel, "LOUD")
trying(log.setLevel, None)
trying(logging.getLogger, 5)
logging.NOTSET, logging.DEBUG, logging.WARN, logging.FATAL, logging.CRITICAL
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")
trying(log.log, "x", "bad level")
log.propagate, log.handlers, log.disabled, log.hasHandlers()
