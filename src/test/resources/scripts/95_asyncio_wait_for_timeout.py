# asyncio.wait_for's timeout: the TimeoutError raised from the inner task's CancelledError.
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print('caught', type(e).__name__, type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, 'in time'), timeout=1))
    await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)


asyncio.run(main())
