# Three members of the asyncio chat room, driven from one program with gather, reading every
# broadcast before the next step.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


async def main():
    conns = []

    async def receive(index):
        line = await asyncio.wait_for(conns[index][0].readline(), timeout=10)
        return index, line.decode()

    async def expect(index):
        index, line = await receive(index)
        print(index, repr(line))

    for i in range(3):
        conns.append(await asyncio.open_connection(host, port))
        await expect(i)
        for j in range(i):
            await expect(j)

    async def say(sender, text):
        conns[sender][1].write((text + "\n").encode())
        await conns[sender][1].drain()
        # the others read at the same time; their lines are printed in member order, not arrival order
        for index, line in await asyncio.gather(*(receive(j) for j in range(3) if j != sender)):
            print(index, repr(line))

    await say(0, "hi all")
    await say(2, "hello from three")
    await say(1, "ünïcode ok")
    conns[1][1].write(b"/quit\n")
    await expect(0)
    await expect(2)
    conns[0][1].write(b"split ")
    await conns[0][1].drain()
    conns[0][1].write(b"line\n/quit\n")
    await expect(2)
    await expect(2)
    conns[2][1].write(b"/quit\n")
    for i, (reader, writer) in enumerate(conns):
        print(i, repr(await reader.read()))
        writer.close()
        await writer.wait_closed()
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
