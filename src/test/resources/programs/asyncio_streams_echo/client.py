# Two clients of the echo server: readline, readexactly, readuntil, read, and the
# IncompleteReadError a short stream gives.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


async def first():
    reader, writer = await asyncio.open_connection(host, port)
    print(type(reader).__name__, type(writer).__name__)
    for text in ['hello', 'asyncio streams', 'ünïcode']:
        writer.write((text + '\n').encode())
        await writer.drain()
        print('readline:', await reader.readline())
    writer.writelines([b'ab', b'cd\n', b'ef\n'])
    print('readexactly:', await reader.readexactly(3))
    print('readuntil:', await reader.readuntil(b'\n'))
    print('read:', await reader.read(3))
    writer.write_eof()
    print('rest:', await reader.read())
    print('at_eof:', reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def second():
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b'last line\n')
    writer.write_eof()
    print(await reader.readline())
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, repr(e.partial), e.expected)
    print('readline at eof:', await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    await first()
    await second()
    try:
        await asyncio.wait_for(asyncio.open_connection(host, port), timeout=0)
    except Exception as e:
        print(type(e).__name__)


asyncio.run(main())
