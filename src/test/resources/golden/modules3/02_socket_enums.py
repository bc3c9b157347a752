import socket, enum
type(socket.AF_INET), type(socket.SOCK_STREAM), type(socket.MSG_PEEK), type(socket.AI_PASSIVE)
type(socket.AddressFamily), socket.AddressFamily, socket.SocketKind
list(socket.SocketKind)
socket.AddressFamily['AF_INET'], socket.AddressFamily.AF_INET6, socket.SocketKind.SOCK_DGRAM
socket.AF_INET in socket.AddressFamily, socket.SOCK_STREAM in socket.SocketKind
list(socket.AddressFamily.__members__)[:3], list(socket.SocketKind.__members__)
s = socket.socket()
s.family, s.type, type(s.family), str(s.family), f'{s.type}', s.family.name, s.type.value
s.close()
socket.AddressFamily(2), socket.SocketKind(2), socket.AddressFamily(10) is socket.AF_INET6
socket.AddressFamily['nope']
socket.AddressFamily.nope
socket.AddressFamily(99)
