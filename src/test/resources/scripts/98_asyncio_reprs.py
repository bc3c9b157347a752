# What learners print: tasks pending, done and cancelled, futures, locks and queues.
import asyncio


async def napper():
    await asyncio.sleep(1)


async def quick():
    return 42


async def main():
    t = asyncio.create_task(napper())
    q = asyncio.create_task(quick(), name='quick one')
    await asyncio.sleep(0)
    print(t)
    print(q)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t)
    print(asyncio.current_task().get_name())
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result(3)
    print(f, await f)
    lock = asyncio.Lock()
    print(repr(lock).endswith('[unlocked]>'), asyncio.Queue(3))
    print(type(t), type(f), asyncio.Task.__module__, asyncio.Future.__module__)


asyncio.run(main())
