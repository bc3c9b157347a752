import argparse
import sys

parser = argparse.ArgumentParser(add_help=False, allow_abbrev=True)
parser.add_argument('-x', action='store_true')
parser.add_argument('-y', type=lambda s: int(s, 16))
parser.add_argument('--name', required=True)
parser.add_argument('--size', type=int)
parser.add_argument('rest', nargs='?')
args, extras = parser.parse_known_args()
print(args)
print(extras)
parser.print_usage()
parser.print_help(sys.stderr)
