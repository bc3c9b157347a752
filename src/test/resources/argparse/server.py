import argparse

parser = argparse.ArgumentParser(description='A small TCP echo server.')
parser.add_argument('--host', default='127.0.0.1', help='address to bind (default: %(default)s)')
parser.add_argument('-p', '--port', type=int, default=9000, help='TCP port to listen on')
parser.add_argument('-v', '--verbose', action='count', default=0, help='print more; repeat for even more')
parser.add_argument('--mode', choices=['echo', 'upper'], default='echo', help='what to send back')
parser.add_argument('--backlog', type=int, metavar='N', help='listen() backlog')
parser.add_argument('--version', action='version', version='%(prog)s 1.0')
args = parser.parse_args()
print(args)
print(args.host, args.port, args.verbose, args.mode, args.backlog)
print(args == argparse.Namespace(**vars(args)), 'port' in args)
