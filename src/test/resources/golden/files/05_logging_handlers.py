# about: logging handlers, formatters, propagation and the last resort
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
h.setLevel(logging.INFO)
log = logging.getLogger('net')
log.addHandler(h); log.setLevel(logging.DEBUG)
len(log.handlers), log.propagate, log.hasHandlers()
log.debug('below the handler level')
log.info('info %s', 'shown')
logging.getLogger('net.server').warning('a child propagates to net')
log.propagate = False
log.warning('w')
logging.NullHandler()
log.removeHandler(h)
log.warning('the last resort prints %s only', 'the message')
fh = logging.FileHandler('{TMP}/net.log', mode='w')
fh
log.addHandler(fh)
log.error('to the file %d', 7)
open('{TMP}/net.log').read()
