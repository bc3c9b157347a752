# The docs' protocol-based echo server: a Protocol whose data_received echoes each complete line;
# it serves one client and stops once that connection is lost.
import asyncio
import sys

host, port = sys.argv[1], int(sys.argv[2])


class EchoServerProtocol(asyncio.Protocol):
    def __init__(self, finished):
        self.finished = finished
        self.pending = b""

    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from', peername[0])
        self.transport = transport

    def data_received(self, data):
        self.pending += data
        while b"\n" in self.pending:
            line, self.pending = self.pending.split(b"\n", 1)
            print('Data received: {!r}'.format(line.decode()))
            self.transport.write(line.decode()[::-1].encode() + b"\n")

    def eof_received(self):
        print('EOF received; can_write_eof:', self.transport.can_write_eof())
        self.transport.write(b"bye\n")
        return False

    def connection_lost(self, exc):
        print('connection lost:', exc)
        self.finished.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    server = await loop.create_server(lambda: EchoServerProtocol(finished), host, port)
    print("listening", flush=True)
    await finished
    server.close()
    await server.wait_closed()
    print("server closed", finished.result())


asyncio.run(main())
