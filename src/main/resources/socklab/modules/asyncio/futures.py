"""socklab's asyncio.futures: the Future (which _asyncio has, as CPython's C module does),
isfuture, and wrap_future for run_in_executor."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import _asyncio

from asyncio import events
from asyncio import exceptions

Future = _asyncio.Future
_PENDING = _asyncio._PENDING
_CANCELLED = _asyncio._CANCELLED
_FINISHED = _asyncio._FINISHED


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and obj is not None


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (run_in_executor's)."""
    if isfuture(future):
        return future
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def _copy(source):
        if new_future.done():
            return
        if source.cancelled():
            new_future.cancel()
        elif source.exception() is not None:
            new_future.set_exception(source.exception())
        else:
            new_future.set_result(source.result())

    def _on_done(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy, source)

    future.add_done_callback(_on_done)
    return new_future
