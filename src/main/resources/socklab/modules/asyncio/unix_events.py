"""socklab's asyncio.unix_events: the event loop class asyncio.new_event_loop() makes on Linux."""

__all__ = ('SelectorEventLoop',)

from asyncio import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop, under the name CPython gives it on Linux."""


SelectorEventLoop = _UnixSelectorEventLoop
