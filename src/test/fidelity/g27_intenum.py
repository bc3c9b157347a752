# about: IntEnum behaviour of constants
import socket
socket.AF_INET
repr(socket.AF_INET), str(socket.AF_INET), int(socket.AF_INET)
socket.AF_INET + 1, socket.AF_INET | 0, socket.AF_INET * 2
socket.AF_INET == 2, hash(socket.AF_INET) == hash(2)
socket.AddressFamily(2)
socket.AddressFamily(10)
socket.SocketKind(1)
socket.SocketKind(2)
socket.AddressFamily(12345)
socket.AF_INET.name, socket.AF_INET.value
socket.SOCK_DGRAM.name
type(socket.AF_INET).__name__
isinstance(socket.AF_INET, int)
f'{socket.AF_INET}', f'{socket.SOCK_STREAM!r}'
'%d' % socket.AF_INET6
{socket.AF_INET: 'x'}[2]
socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.SHUT_RDWR
type(socket.SOL_SOCKET)
socket.AF_UNIX, socket.AF_UNSPEC
socket.MSG_PEEK, socket.MSG_DONTWAIT
socket.SOMAXCONN, socket.INADDR_ANY, socket.has_ipv6
