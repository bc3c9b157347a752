# asyncio.run given something that is not a coroutine.
import asyncio

asyncio.run(5)
