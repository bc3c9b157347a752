"""socklab's asyncio.threads: to_thread, a blocking function run on the loop's default executor."""

__all__ = ('to_thread',)

from asyncio import events


async def to_thread(func, /, *args, **kwargs):
    loop = events.get_running_loop()
    if kwargs:
        return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
    return await loop.run_in_executor(None, func, *args)
