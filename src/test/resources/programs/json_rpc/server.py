"""A tiny JSON-RPC server: one JSON object per line, method lookup by name, errors as replies."""
import json
import socket
import sys
import traceback


class Methods:
    def add(self, a, b):
        return a + b

    def divide(self, a, b):
        return a / b

    def echo(self, *args, **kwargs):
        return {'args': list(args), 'kwargs': kwargs}

    def upper(self, text):
        return text.upper()


def dispatch(methods, request):
    try:
        func = getattr(methods, request['method'])
        result = func(*request.get('params', []), **request.get('kwargs', {}))
        return {'id': request['id'], 'result': result}
    except AttributeError:
        return {'id': request.get('id'), 'error': f"no method {request['method']!r}"}
    except Exception as exc:
        return {'id': request.get('id'), 'error': traceback.format_exception_only(type(exc), exc)[-1].strip()}


def serve(host, port):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen(1)
    print('listening', flush=True)
    conn, _ = srv.accept()
    methods = Methods()
    with conn, conn.makefile('r', encoding='utf-8') as reader, conn.makefile('w', encoding='utf-8') as writer:
        for line in reader:
            try:
                request = json.loads(line)
            except json.JSONDecodeError as e:
                reply = {'id': None, 'error': f'bad JSON: {e}'}
            else:
                reply = dispatch(methods, request)
            print('->', request if 'request' in dir() else line.strip(), '<-', reply)
            writer.write(json.dumps(reply, sort_keys=True) + '\n')
            writer.flush()
    srv.close()


if __name__ == '__main__':
    serve(sys.argv[1], int(sys.argv[2]))
