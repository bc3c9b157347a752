# The docs' asyncio streams echo server, grown a little: it echoes lines until the client stops
# sending, serves two clients and then closes.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])
served = 0


async def handle_echo(reader, writer):
    global served
    addr = writer.get_extra_info('peername')
    print(f"connection from {addr[0]!r}", writer.get_extra_info('sockname')[0])
    async for line in reader:
        message = line.decode()
        print(f"Received {message!r}")
        writer.write(line.upper())
        await writer.drain()
    print("client finished; at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("closed:", writer.is_closing())
    served += 1
    if served == 2:
        done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle_echo, host, port)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    print("listening", flush=True)
    async with server:
        await done.wait()
    print("served", served, "is_serving:", server.is_serving())


asyncio.run(main())
