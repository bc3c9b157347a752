"""Signals as CPython's signal module shows them: Signals and Handlers enums over socklab's _signal."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

# members ordered by number, then name, so that an alias (SIGIOT) comes after its signal (SIGABRT)
Signals = _IntEnum('Signals', sorted(((name, value) for name, value in [(n, getattr(_signal, n)) for n in dir(_signal)]
                                      if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')),
                                     key=lambda item: (item[1], item[0])), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', _signal.SIG_BLOCK), ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                                 ('SIG_SETMASK', _signal.SIG_SETMASK)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """The enum member for an int, or the value itself (a handler function)."""
    try:
        return enum_klass(value)
    except (ValueError, TypeError):
        return value


def _enum_to_int(value):
    """An enum member as its int; anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Sets what the main thread does when signal signalnum arrives; returns what it did before."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """What the main thread does now when signal signalnum arrives."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def strsignal(signalnum):
    """The system's description of a signal, such as 'Interrupt'."""
    return _signal.strsignal(signalnum)


def valid_signals():
    """The signals this platform has."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
