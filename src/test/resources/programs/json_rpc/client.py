"""Client proxy for the JSON-RPC server: attribute access becomes a remote call."""
import itertools
import json
import socket
import sys


class RPCError(Exception):
    pass


class Proxy:
    def __init__(self, address):
        self._sock = socket.create_connection(address)
        self._file = self._sock.makefile('rw', encoding='utf-8', newline='\n')
        self._ids = itertools.count(1)

    def _call(self, method, *params, **kwargs):
        request = {'id': next(self._ids), 'method': method, 'params': params}
        if kwargs:
            request['kwargs'] = kwargs
        self._file.write(json.dumps(request) + '\n')
        self._file.flush()
        reply = json.loads(self._file.readline())
        if 'error' in reply:
            raise RPCError(reply['error'])
        return reply['result']

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return lambda *a, **kw: self._call(name, *a, **kw)

    def raw(self, text):
        self._file.write(text + '\n')
        self._file.flush()
        return json.loads(self._file.readline())

    def close(self):
        self._file.close()
        self._sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


with Proxy((sys.argv[1], int(sys.argv[2]))) as rpc:
    print(rpc.add(2, 3), rpc.add('a', 'b'), rpc.add([1], [2, 3]))
    print(rpc.upper('héllo wörld'))
    print(rpc.echo(1, 2.5, None, True, x={'nested': [1, {'y': None}]}))
    for bad in [lambda: rpc.divide(1, 0), lambda: rpc.nosuch(), lambda: rpc.add(1), lambda: rpc.add(1, 'x')]:
        try:
            bad()
        except RPCError as e:
            print('RPCError:', e)
    print(rpc.raw('{"id": 9, "method": '))
    print(rpc.divide(7, 2), rpc.divide(1e308, 1e-10))
