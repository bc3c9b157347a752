# gather, wait, as_completed, a Queue with workers, Lock, Semaphore and Event, in one program.
import asyncio


async def work(n):
    # n turns of the loop, not n units of time: the order in which works end does not depend on load
    for _ in range(n):
        await asyncio.sleep(0)
    return n * n


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        results.append((name, item))
        queue.task_done()


async def main():
    print(await asyncio.gather(work(3), work(1), work(2)))
    print(await asyncio.gather(work(1), asyncio.sleep(0, 'x'), return_exceptions=True))

    async def fails():
        raise KeyError('k')
    print(await asyncio.gather(fails(), work(1), return_exceptions=True))
    tasks = [asyncio.create_task(work(n), name=f'w{n}') for n in (6, 1, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.get_name() for t in done), pending)
    for coro in asyncio.as_completed([work(3), work(1), work(2)]):
        print('as_completed', await coro)
    queue = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f'worker-{i}', queue, results)) for i in range(2)]
    for item in range(5):
        await queue.put(item)
    await queue.join()
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    print(sorted(item for _, item in results), queue.empty(), queue.qsize())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    lock = asyncio.Lock()
    order = []

    async def locked(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
            order.append(n)
    await asyncio.gather(*(locked(n) for n in range(3)))
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    event = asyncio.Event()
    asyncio.get_running_loop().call_soon(event.set)
    print(await event.wait(), event.is_set())
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'later')
    print(fut, await fut, fut)
    fut = loop.create_future()
    fut.cancel()
    print(fut.cancelled(), fut)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('CancelledError', repr(e), isinstance(e, Exception))
    try:
        asyncio.get_running_loop().create_future().result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(2)), loop.is_closed())
loop.close()
print(loop.is_closed())
