import logging, sys
def trying(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)

logging.warning("careful %s", "now")
logging.info("hidden")
logging.getLogger().handlers
logging.basicConfig(level=logging.DEBUG)
logging.basicConfig(force=True, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.getLogger().handlers
logging.log(logging.ERROR, "via log %d", 1)
logging.log(25, "level 25")
logging.debug("%(who)s here", {"who": "ann"})
logging.basicConfig(force=True, stream=sys.stdout, format="{levelname} {name} {message}", style="{")
logging.warning("brace style")
logging.basicConfig(force=True, stream=sys.stdout, format="$levelname $message", style="$")
logging.warning("dollar style")
logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)-8s|%(funcName)s|%(lineno)d|%(module)s|%(message)s")
logging.warning("where")
def inside():
    logging.getLogger("f").error("from a function")

inside()
trying(logging.basicConfig, force=True, stream=sys.stdout, filename="x.log")
trying(logging.basicConfig, force=True, stream=sys.stdout, style="x")
trying(logging.basicConfig, force=True, stream=sys.stdout, nonsense=1)
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format="%(threadName)s %(processName)s %(message)s")
logging.warning("threads")
logging.getLogger().handlers[0].formatter._fmt
