# run_in_executor and to_thread: blocking calls on the loop's default thread pool (concurrent.futures).
import asyncio, time, threading
def blocking(n):
    time.sleep(0.01)
    return n * 2, threading.current_thread().name.startswith('asyncio')
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 4))
    print(await asyncio.to_thread(blocking, 5))
    print(await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3))))
asyncio.run(main())
print('end')
