import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print('ready', flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
