"""socklab's asyncio.events: callback handles and where the current event loop is kept
(one per thread, and the running one)."""

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop')

import threading


def _format_callback(cb, args):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    return name + '(' + ', '.join(repr(a) for a in args) + ')'


class Handle:
    """A callback the loop will call, and the means to cancel it before it runs."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback for a later time; the loop keeps these in a heap by their time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append(f'when={self._when}')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface every event loop offers; socklab's one loop is _UnixSelectorEventLoop."""


_local = threading.local()


def _get_running_loop():
    return getattr(_local, 'running', None)


def _set_running_loop(loop):
    _local.running = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    running = _get_running_loop()
    if running is not None:
        return running
    loop = getattr(_local, 'loop', None)
    if loop is None and not getattr(_local, 'set_called', False) and threading.current_thread() is threading.main_thread():
        loop = _local.loop = new_event_loop()
    if loop is None:
        raise RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)
    return loop


def set_event_loop(loop):
    _local.set_called = True
    _local.loop = loop


def new_event_loop():
    from asyncio.unix_events import _UnixSelectorEventLoop
    return _UnixSelectorEventLoop()
