# PyMOTW's socketserver_echo.py: every hook of TCPServer and the handler logs through logging.
import logging
import sys
import socketserver
import threading

logging.basicConfig(level=logging.DEBUG,
                    format='%(name)s: %(message)s',
                    )


class EchoRequestHandler(socketserver.BaseRequestHandler):

    def __init__(self, request, client_address, server):
        self.logger = logging.getLogger('EchoRequestHandler')
        self.logger.debug('__init__')
        socketserver.BaseRequestHandler.__init__(self, request,
                                                 client_address,
                                                 server)
        return

    def setup(self):
        self.logger.debug('setup')
        return socketserver.BaseRequestHandler.setup(self)

    def handle(self):
        self.logger.debug('handle')

        # Echo the back to the client
        data = self.request.recv(1024)
        self.logger.debug('recv()->"%s"', data)
        self.request.send(data)
        return

    def finish(self):
        self.logger.debug('finish')
        return socketserver.BaseRequestHandler.finish(self)


class EchoServer(socketserver.TCPServer):

    def __init__(self, server_address,
                 handler_class=EchoRequestHandler,
                 ):
        self.logger = logging.getLogger('EchoServer')
        self.logger.debug('__init__')
        self.request_closed = threading.Event()
        socketserver.TCPServer.__init__(self, server_address,
                                        handler_class)
        return

    def server_activate(self):
        self.logger.debug('server_activate')
        socketserver.TCPServer.server_activate(self)
        return

    def serve_forever(self, poll_interval=0.5):
        self.logger.debug('waiting for request')
        self.logger.info(
            'Handling requests, press <Ctrl-C> to quit'
        )
        socketserver.TCPServer.serve_forever(self, poll_interval)
        return

    def handle_request(self):
        self.logger.debug('handle_request')
        return socketserver.TCPServer.handle_request(self)

    def verify_request(self, request, client_address):
        self.logger.debug('verify_request(%s, %s)',
                          request.family, client_address[0])
        return socketserver.TCPServer.verify_request(
            self, request, client_address,
        )

    def process_request(self, request, client_address):
        self.logger.debug('process_request(%s)', client_address[0])
        return socketserver.TCPServer.process_request(
            self, request, client_address,
        )

    def server_close(self):
        self.logger.debug('server_close')
        return socketserver.TCPServer.server_close(self)

    def finish_request(self, request, client_address):
        self.logger.debug('finish_request(%s)', client_address[0])
        return socketserver.TCPServer.finish_request(
            self, request, client_address,
        )

    def close_request(self, request_address):
        self.logger.debug('close_request(%s)', request_address.type)
        socketserver.TCPServer.close_request(
            self, request_address,
        )
        self.request_closed.set()

    def shutdown(self):
        self.logger.debug('shutdown()')
        return socketserver.TCPServer.shutdown(self)


if __name__ == '__main__':
    import socket
    import threading

    address = ('localhost', 0)  # let the kernel assign a port
    server = EchoServer(address, EchoRequestHandler)
    ip, port = server.server_address  # what port was assigned?

    # Start the server in a thread
    t = threading.Thread(target=server.serve_forever)
    t.daemon = True  # don't hang on exit
    t.start()

    # The client's lines wait until the server thread is done, so that the log's order is fixed.
    logger = logging.getLogger('client')
    pending = [('Server on %s:%s', ip, '...')]

    # Connect to the server
    pending.append(('creating socket',))
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    pending.append(('connecting to server',))
    s.connect((ip, port))

    # Send the data
    message = 'Hello, world'.encode()
    pending.append(('sending data: %r', message))
    len_sent = s.send(message)

    # Receive a response
    pending.append(('waiting for response',))
    response = s.recv(len_sent)
    pending.append(('response from server: %r', response))

    # Wait for the server thread's last log line, so that the log's order is fixed.
    pending.append(('then %r', s.recv(1)))
    server.request_closed.wait()

    # Clean up
    server.shutdown()
    for args in pending:
        logger.debug(*args)
    logger.debug('closing socket')
    s.close()
    logger.debug('done')
    server.socket.close()
    t.join()
    print(logging.getLogger('EchoServer').level, logging.getLogger().level, logging.getLevelName(10))
