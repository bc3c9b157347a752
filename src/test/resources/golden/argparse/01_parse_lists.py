import argparse
parser = argparse.ArgumentParser(prog='server.py', description='Echo server.')
parser
parser.add_argument('--host', default='127.0.0.1')
parser.add_argument('-p', '--port', type=int, default=9000, help='port (default: %(default)s)')
parser.add_argument('-v', '--verbose', action='store_true')
parser.add_argument('-d', action='count', dest='debug', default=0)
parser.add_argument('--tag', action='append')
parser.add_argument('--const', action='store_const', const=42)
parser.add_argument('--off', action='store_false')
parser.add_argument('files', nargs='*')
ns = parser.parse_args([])
ns
ns.host, ns.port, ns.verbose, ns.files
parser.parse_args(['--host', '0.0.0.0', '--port', '8080', '-v', 'a', 'b'])
parser.parse_args(['--port=1', '-ddd', '--tag', 'x', '--tag', 'y', '--const', '--off'])
parser.parse_args(['-p7', '--', '-v'])
parser.parse_args(['--po', '5', '--ho', 'h'])
parser.parse_known_args(['--port', '2', '--what', 'x', '-z'])
ns == argparse.Namespace(host='127.0.0.1', port=9000, verbose=False, debug=0, tag=None, const=None, off=True, files=[])
ns == argparse.Namespace(host='x')
ns != 3
'port' in ns, 'nope' in ns
vars(ns)
ns.nope
ns.prot
ns.port = 1
ns.port
del ns.port
'port' in ns
hash(ns)
argparse.Namespace(a=1, **{'not-ident': 2}, b=3)
argparse.Namespace()
parser.get_default('port')
parser.set_defaults(port=1234, extra='yes')
parser.parse_args([])
parser.prog, parser.description
