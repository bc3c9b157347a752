# about: create_server options
import socket
s = socket.create_server(('127.0.0.1', {PORT}))
s
s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
s.close()
s = socket.create_server(('127.0.0.1', {PORT}), reuse_port=True, backlog=3)
s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT)
s.close()
s = socket.create_server(('', {PORT}), family=socket.AF_INET6, dualstack_ipv6=True)
s
s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
c = socket.create_connection(('127.0.0.1', {PORT}))
k, a = s.accept()
a[0]
k.close(); c.close(); s.close()
socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True)
socket.has_dualstack_ipv6()
a = socket.create_server(('127.0.0.1', {PORT}))
socket.create_server(('127.0.0.1', {PORT}))
a.close()
