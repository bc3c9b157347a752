# about: byte-order conversions and their errors
import socket
socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216)
socket.htons(65535), socket.htonl(4294967295)
socket.htons(65536)
socket.htons(-1)
socket.htonl(4294967296)
socket.htonl(-1)
socket.htons('a')
socket.htons(1.0)
socket.ntohs()
socket.htons(True)
