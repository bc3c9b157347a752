# Coroutine objects by hand: send, throw, close, __await__, and the TypeErrors of await,
# async with and async for on objects without the protocols.
import types


async def double(x):
    return x * 2


async def main():
    return await double(21) + 1


c = main()
print(type(c), repr(c).startswith("<coroutine object main at 0x"), c.__name__, c.__qualname__, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
w = double(1).__await__()
print(type(w).__name__, repr(w).startswith("<coroutine_wrapper object at 0x"))
try:
    next(w)
except StopIteration as e:
    print("wrapper StopIteration", e.value)


class Waits:
    def __await__(self):
        got = yield "first"
        return got * 3


async def uses_waits():
    try:
        return await Waits()
    finally:
        print("finally in uses_waits")


c = uses_waits()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value)
c = uses_waits()
print(c.send(None))
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)
c = uses_waits()
c.send(None)
c.close()
print("closed")


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Manager:
    async def __aenter__(self):
        print("enter")
        return "managed"

    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return True


async def protocols():
    async for i in Ticker(3):
        print("tick", i)
    else:
        print("ticks done")
    async with Manager() as m:
        print(m)
        raise KeyError("swallowed")
    for thing in [1, (x for x in "a"), Waits]:
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    try:
        async with 1:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in 1:
            pass
    except TypeError as e:
        print("TypeError:", e)
    never_awaited = double(1)
    try:
        for x in never_awaited:
            pass
    except TypeError as e:
        print("TypeError:", e)
    never_awaited.close()
    return "protocols done"


c = protocols()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration.__mro__)
