import socket
[n for n in dir(socket) if not hasattr(socket, n)]
[n for n in ['socketpair', 'fromfd', 'getprotobyname', 'socket', 'AF_INET', 'MSG_PEEK'] if n in dir(socket)]
socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_REUSEPORT, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY
socket.IPPROTO_SCTP, socket.IPPROTO_UDPLITE, socket.MSG_PEEK, socket.MSG_DONTWAIT
s = socket.create_server(('127.0.0.1', 0))
s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
s.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), s.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN)
s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL)
s.close()
s6 = socket.create_server(('::1', 0), family=socket.AF_INET6)
s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
s6.close()
s6 = socket.create_server(('::', 0), family=socket.AF_INET6, dualstack_ipv6=True)
s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
s6.close()
socket.getprotobyname('tcp'), socket.getprotobyname('udp'), socket.getprotobyname('icmp')
socket.getprotobyname('TCP'), socket.getprotobyname('ipv6-icmp')
socket.getprotobyname('Tcp')
socket.getprotobyname('nope')
socket.getprotobyname(b'tcp')
socket.getprotobyname()
socket.getprotobyname('tcp', 'udp')
