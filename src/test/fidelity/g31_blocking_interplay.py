# about: settimeout / setblocking interplay
import socket
s = socket.socket()
s.gettimeout(), s.getblocking()
s.settimeout(2)
s.gettimeout(), s.getblocking()
s.setblocking(False)
s.gettimeout(), s.getblocking()
s.setblocking(True)
s.gettimeout(), s.getblocking()
s.settimeout(0)
s.gettimeout(), s.getblocking()
s.settimeout(None)
s.gettimeout(), s.getblocking()
s.setblocking(0)
s
s.setblocking(1)
s.settimeout(1.5)
s
s.settimeout(True)
s.gettimeout()
s.close()
