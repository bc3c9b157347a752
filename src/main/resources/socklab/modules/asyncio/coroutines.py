"""socklab's asyncio.coroutines: telling coroutine objects apart."""

__all__ = ('iscoroutine',)


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe_coroutine


def iscoroutine(obj):
    """Is obj a coroutine object (what calling an async def gives)?"""
    return isinstance(obj, _CoroutineType)
