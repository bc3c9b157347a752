# open_connection to a port nobody listens on: CPython's traceback through streams, base_events
# and selector_events (the port, found free by binding port 0, is printed as PORT).
import asyncio
import socket
import traceback

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()


async def main():
    reader, writer = await asyncio.open_connection('127.0.0.1', port)


try:
    asyncio.run(main())
except ConnectionRefusedError as e:
    print(traceback.format_exc().replace(str(port), 'PORT'), end='')
    print(e.errno, e.strerror.replace(str(port), 'PORT'))
