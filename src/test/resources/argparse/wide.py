import argparse

parser = argparse.ArgumentParser(
    prog='a_rather_long_program_name_for_a_socket_lab_tool',
    description='''This tool opens a great many sockets in a great many ways,
        and its description is long enough that it has to be wrapped over several lines
        at the width of the terminal, which is what this script checks.''')
parser.add_argument('--listen-address-for-incoming-connections', metavar='ADDRESS',
                    help='the address on which the server listens for incoming connections from its clients, '
                         'which may be an IPv4 or an IPv6 address, or a host name')
parser.add_argument('--connect-timeout', type=float, default=2.5, help='connect timeout in seconds, %(default)s by default')
parser.add_argument('--read-timeout', type=float, default=10.0, help='read timeout in seconds')
parser.add_argument('--buffer-size', type=int, default=4096, help='size of each recv() call')
parser.add_argument('--non-blocking', action='store_true', help='use non-blocking sockets with select()')
parser.add_argument('--family', choices=['inet', 'inet6', 'unix'], default='inet', help='address family')
parser.add_argument('--reuse', action='store_true')
parser.add_argument('-k', '--keepalive', action='store_true', help='set SO_KEEPALIVE')
parser.add_argument('server', help='server host')
parser.add_argument('ports', nargs='+', type=int, help='one or more ports')
args = parser.parse_args()
print(args)
