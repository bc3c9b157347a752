import socket
socket.getfqdn('127.0.0.1')
socket.getfqdn('localhost')
socket.getfqdn('  localhost  ')
socket.getfqdn('no.such.host.invalid')
socket.getfqdn(name='127.0.0.1')
socket.getfqdn(1)
