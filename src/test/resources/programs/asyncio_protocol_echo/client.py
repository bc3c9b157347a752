# The docs' protocol-based echo client: connection_made sends, data_received collects, and
# connection_lost resolves a future main() awaits.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, messages, on_con_lost):
        self.messages = messages
        self.on_con_lost = on_con_lost
        self.received = b""

    def connection_made(self, transport):
        for message in self.messages:
            transport.write(message.encode() + b"\n")
            print('Data sent: {!r}'.format(message))
        transport.write_eof()
        print('closing:', transport.is_closing())

    def data_received(self, data):
        self.received += data

    def connection_lost(self, exc):
        print('The server closed the connection:', exc)
        self.on_con_lost.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol(['Hello World!', 'stressed', 'ünïcode'], on_con_lost), host, port)
    print(type(protocol).__name__, transport.get_extra_info('peername')[0])
    try:
        received = await on_con_lost
    finally:
        transport.close()
    for line in received.decode().splitlines():
        print('Data received:', repr(line))


asyncio.run(main())
