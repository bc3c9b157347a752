# async def, await, async for and async with: CPython's compile-time errors and where they point.
sources = [
    "await x",
    "def f():\n    await x",
    "f = lambda: await x",
    "async def f():\n    g = lambda: await x",
    "async def f():\n    class A:\n        await x",
    "async with a:\n    pass",
    "def f():\n    async with a:\n        pass",
    "async for a in b:\n    pass",
    "def f():\n    async for a in b:\n        pass",
    "async def f():\n    yield from x",
    "async x = 1",
    "x = await",
    "async def f():\n    await\n",
    "async def f():\n    await x = 3",
    "async def f():\n    await -x",
    "async def f():\n    return await x ** 2, await x.y[1]()",
    "@d\nasync def f():\n    pass",
    "async def f():\n    async with a as b, c:\n        async for x in y:\n            await x\n        else:\n            pass",
]
for source in sources:
    try:
        compile(source, "<string>", "exec")
        print("ok:", repr(source))
    except SyntaxError as e:
        print(repr(source), "->", e.msg, (e.lineno, e.offset))
