# about: AF_UNIX argument forms
import socket
s = socket.socket(socket.AF_UNIX)
s.bind(('127.0.0.1', 0))
s.bind(5)
s.connect(b'{TMP}/missing')
s.bind(b'{TMP}/x.sock')
s.getsockname()
s.close()
