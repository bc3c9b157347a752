# about: getservbyname/getservbyport forms
import socket
socket.getservbyname('http')
socket.getservbyname('http', 'tcp')
socket.getservbyname('domain', 'udp')
socket.getservbyport(80)
socket.getservbyport(22, 'tcp')
socket.getservbyport(53, 'udp')
socket.getservbyport(443)
socket.getservbyname(80)
socket.getservbyport('80')
socket.getservbyname()
