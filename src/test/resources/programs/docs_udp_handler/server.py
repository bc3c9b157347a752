# The socketserver documentation's UDPServer example.
import socketserver
import sys

class MyUDPHandler(socketserver.BaseRequestHandler):
    """
    This class works similar to the TCP handler class, except that
    self.request consists of a pair of data and client socket, and since
    there is no connection the client address must be given explicitly
    when sending data back via sendto().
    """

    def handle(self):
        data = self.request[0].strip()
        socket = self.request[1]
        print("{} wrote:".format(self.client_address[0]))
        print(data)
        socket.sendto(data.upper(), self.client_address)

if __name__ == "__main__":
    HOST, PORT = sys.argv[1], int(sys.argv[2])
    with socketserver.UDPServer((HOST, PORT), MyUDPHandler) as server:
        print("listening", flush=True)
        print(server.socket.type, server.max_packet_size, MyUDPHandler.__doc__.split("\n")[1].strip())
        for _ in range(3):
            server.handle_request()
