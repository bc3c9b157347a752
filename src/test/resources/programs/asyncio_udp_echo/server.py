# The docs' UDP echo server with a DatagramProtocol; it stops at the datagram "quit".
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


class EchoServerProtocol(asyncio.DatagramProtocol):
    def __init__(self, finished):
        self.finished = finished

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r from %s' % (message, addr[0]))
        if message == 'quit':
            self.finished.set_result(True)
            return
        print('Send %r to %s' % (message.upper(), addr[0]))
        self.transport.sendto(message.upper().encode(), addr)

    def connection_lost(self, exc):
        print('closed', exc)


async def main():
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoServerProtocol(finished), local_addr=(host, port))
    print("listening", flush=True)
    try:
        await finished
    finally:
        transport.close()
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
