"""socklab's asyncio: one event loop over socklab's selectors and socket modules, with tasks,
streams, protocols and transports, written afresh in Python after CPython 3.11's package, whose
module layout it keeps so that names and tracebacks read as under CPython."""

import sys

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.protocols import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.streams import *
from asyncio.tasks import *
from asyncio.threads import *
from asyncio.transports import *
from asyncio.unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           streams.__all__ +
           tasks.__all__ +
           threads.__all__ +
           transports.__all__ +
           unix_events.__all__)
