# An asyncio chat room: a set of writers, every line broadcast to the others; "/quit" leaves.
# It closes once three members have joined and all have left.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])
members = {}
joined = 0


async def broadcast(sender, text):
    for writer in list(members):
        if writer is not sender:
            writer.write(text.encode())
            await writer.drain()


async def member(reader, writer):
    global joined
    joined += 1
    name = f"user{joined}"
    members[writer] = name
    print(name, "joined")
    await broadcast(writer, f"* {name} joined\n")
    writer.write(f"welcome {name}\n".encode())
    await writer.drain()
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            text = line.decode().rstrip("\n")
            if text == "/quit":
                break
            print(f"{name}: {text}")
            await broadcast(writer, f"{name}: {text}\n")
    finally:
        del members[writer]
        print(name, "left")
        await broadcast(writer, f"* {name} left\n")
        writer.close()
        await writer.wait_closed()
        if joined == 3 and not members:
            everyone_left.set()


async def main():
    global everyone_left
    everyone_left = asyncio.Event()
    server = await asyncio.start_server(member, host, port)
    print("listening", flush=True)
    async with server:
        await everyone_left.wait()
    print("room closed")


asyncio.run(main())
