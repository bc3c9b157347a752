#!/usr/bin/env python3
"""Echo server with argparse and logging, as tutorials write them."""
import argparse
import logging
import socket

log = logging.getLogger('echo.server')


def parse_args():
    parser = argparse.ArgumentParser(description='A TCP echo server.')
    parser.add_argument('host', help='address to bind')
    parser.add_argument('port', type=int, help='port to bind')
    parser.add_argument('--clients', type=int, default=3, help='how many clients to serve')
    parser.add_argument('-v', '--verbose', action='store_true')
    return parser.parse_args()


def serve(args):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind((args.host, args.port))
        srv.listen()
        print('listening', flush=True)
        print(args.clients, args.verbose, vars(args)['host'])
        log.info('serving %d clients', args.clients)
        for n in range(1, args.clients + 1):
            conn, addr = srv.accept()
            with conn:
                log.debug('connection %d', n)
                total = 0
                while data := conn.recv(4096):
                    conn.sendall(data)
                    total += len(data)
                if total == 0:
                    log.warning('client %d sent nothing', n)
                else:
                    log.info('client %d: echoed %d bytes', n, total)


if __name__ == '__main__':
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format='%(levelname)-8s %(name)s: %(message)s')
    try:
        serve(args)
    except OSError as e:
        log.exception('server failed')
    log.info('bye')
