import argparse
p = argparse.ArgumentParser(prog='b')
p.add_argument('--reuse', '-r', action=argparse.BooleanOptionalAction, default=True, help='set SO_REUSEADDR')
p.add_argument('--nodelay', action=argparse.BooleanOptionalAction)
p.parse_args([])
p.parse_args(['--no-reuse', '--nodelay'])
p.parse_args(['-r', '--no-nodelay'])
p.format_usage()
p.print_help()
argparse.BooleanOptionalAction
p.add_argument('--keep', action=argparse.BooleanOptionalAction, const=1)
