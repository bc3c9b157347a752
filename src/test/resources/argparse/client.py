import argparse
import sys

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not a positive number')
    return value

parser = argparse.ArgumentParser(prog='client', epilog='Example: client 127.0.0.1 9000 hello')
parser.add_argument('host', help='server address')
parser.add_argument('port', type=int, help='server port')
parser.add_argument('message', nargs='*', help='words to send')
parser.add_argument('-t', '--timeout', type=float, default=5.0, help='seconds to wait for a reply')
parser.add_argument('-n', '--count', type=positive, default=1, help='how many times to send')
parser.add_argument('--header', action='append', metavar='KEY=VALUE', help='extra header; may repeat')
parser.add_argument('-q', '--quiet', action='store_false', dest='loud', help='print nothing but replies')
parser.add_argument('--ipv6', action='store_const', const='::1', dest='host6')
parser.add_argument('--retry', nargs='?', const=3, type=int, default=0, help='retry (3 times if no number is given)')
args = parser.parse_args()
print(args)
print(sys.argv[0], parser.prog)
