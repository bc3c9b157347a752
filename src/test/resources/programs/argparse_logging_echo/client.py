#!/usr/bin/env python3
"""Echo client with argparse: bad arguments first (as a learner types them), then real runs."""
import argparse
import contextlib
import io
import logging
import socket
import sys

logging.basicConfig(format='[%(levelname)s] %(message)s', level=logging.INFO, stream=sys.stdout)
parser = argparse.ArgumentParser(prog='echo-client', description='Send messages to the echo server.')
parser.add_argument('host')
parser.add_argument('port', type=int)
parser.add_argument('-m', '--message', action='append', default=None, help='a message (repeatable)')
parser.add_argument('--repeat', type=int, default=1, choices=range(1, 4))

for argv in (['127.0.0.1'], ['127.0.0.1', 'eighty'], ['h', '1', '--repeat', '7']):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print('exit', e.code)
    print(err.getvalue().splitlines()[-1])

args = parser.parse_args(sys.argv[1:] + ['-m', 'first', '--message=second'])
print(sorted(vars(args).items())[:-2], args.port > 0)
print(parser.format_usage(), end='')
for message in (args.message, [''], ['x' * 5000]):
    with socket.create_connection((args.host, args.port)) as s:
        payload = '\n'.join(message * args.repeat).encode()
        s.sendall(payload)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := s.recv(1024):
            chunks.append(chunk)
        back = b''.join(chunks)
        logging.info('sent %d, got %d back, same=%s', len(payload), len(back), back == payload)
