# The docs' UDP echo client: each datagram waits for its answer in a Queue, with a timeout.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


class EchoClientProtocol(asyncio.DatagramProtocol):
    def __init__(self, answers, on_con_lost):
        self.answers = answers
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        print('connected to', transport.get_extra_info('peername')[0])

    def datagram_received(self, data, addr):
        self.answers.put_nowait(data.decode())

    def error_received(self, exc):
        print('Error received:', exc)

    def connection_lost(self, exc):
        print("Connection closed", exc)
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    answers = asyncio.Queue()
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(answers, on_con_lost), remote_addr=(host, port))
    for message in ['Hello World!', 'second datagram', 'ünïcode']:
        transport.sendto(message.encode())
        print('Send:', message)
        print('Received:', await asyncio.wait_for(answers.get(), timeout=10))
    transport.sendto(b'quit')
    try:
        await asyncio.wait_for(answers.get(), timeout=0.2)
    except asyncio.TimeoutError:
        print('no answer to quit, as expected')
    transport.close()
    await on_con_lost


asyncio.run(main())
