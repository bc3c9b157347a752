# about: the traceback module and logging's common cases
import traceback, logging, sys
def f(x):
    return 1 / x

try:
    f(0)
except ZeroDivisionError:
    traceback.print_exc()
    print(traceback.format_exc().splitlines()[-1])

try:
    f(0)
except Exception as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1])

traceback.format_exc()
log = logging.getLogger('app')
log, logging.getLogger(), logging.getLogger('app') is log
log.warning('no config %s', 1)
log.info('hidden')
logging.warning('module level')
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logging.info('basicConfig was already done by logging.warning')
logging.basicConfig(force=True, level=logging.DEBUG, format='%(levelname)s %(name)s %(threadName)s %(message)s', stream=sys.stdout)
log.debug('debug %s', 'x')
logging.DEBUG, logging.CRITICAL, logging.getLevelName(20), logging.getLevelName('INFO'), logging.getLevelName(5)
log.setLevel(logging.ERROR); log.warning('suppressed'); log.error('shown')
log.getEffectiveLevel(), log.isEnabledFor(50)
try:
    1/0
except ZeroDivisionError:
    log.exception('boom')

log.critical('%(x)s', {'x': 'dict arg'})
logging.basicConfig(force=True, filename='{TMP}/app.log', format='%(levelname)s:%(message)s')
logging.error('to the file')
open('{TMP}/app.log').read()
