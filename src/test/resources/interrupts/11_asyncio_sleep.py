import asyncio


async def main():
    try:
        print('ready', flush=True)
        await asyncio.sleep(30)
    finally:
        print('finally runs: the main task was cancelled')


asyncio.run(main())
