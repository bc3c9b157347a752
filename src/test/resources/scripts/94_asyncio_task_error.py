# An error in a coroutine that asyncio.run runs: CPython's traceback through asyncio's runner.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def main():
    task = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    print(task.done(), repr(task.exception()))
    await inner()


asyncio.run(main())
