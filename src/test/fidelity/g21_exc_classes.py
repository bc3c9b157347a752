# about: the socket module's exception classes
import socket
socket.error is OSError
socket.timeout is TimeoutError
socket.timeout
socket.herror, socket.gaierror
issubclass(socket.herror, OSError), issubclass(socket.gaierror, OSError)
socket.gaierror.__module__
e = socket.gaierror(-2, 'Name or service not known')
e.errno, e.strerror, str(e), repr(e)
t = socket.timeout('timed out')
repr(t), t.errno, t.args
isinstance(t, OSError)
raise socket.timeout('x')
raise socket.herror(1, 'Unknown host')
