"""Signals as CPython's signal module shows them: Signals and Handlers enums over socklab's _signal.
The functions written here sit on the lines CPython 3.11's signal.py has them, so a traceback
through signal.signal or getsignal reads the same."""

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








def _described(text):
    """Gives the function below it its docstring, keeping its body on CPython's lines."""
    def decorator(function):
        function.__doc__ = text
        return function
    return decorator
@_described("Sets what the main thread does when signal signalnum arrives; returns what it did before.")
def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


@_described("What the main thread does now when signal signalnum arrives.")
def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)























@_described("The signals this platform has.")
def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _described
