import socket, sys
MSGLEN = 32

class MySocket:
    def __init__(self, sock=None):
        self.sock = sock or socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    def connect(self, host, port):
        self.sock.connect((host, port))
    def mysend(self, msg):
        totalsent = 0
        while totalsent < MSGLEN:
            sent = self.sock.send(msg[totalsent:])
            if sent == 0:
                raise RuntimeError("socket connection broken")
            totalsent = totalsent + sent
    def myreceive(self):
        chunks = []
        bytes_recd = 0
        while bytes_recd < MSGLEN:
            chunk = self.sock.recv(min(MSGLEN - bytes_recd, 2048))
            if chunk == b'':
                raise RuntimeError("socket connection broken")
            chunks.append(chunk)
            bytes_recd = bytes_recd + len(chunk)
        return b''.join(chunks)

s = MySocket()
s.connect(sys.argv[1], int(sys.argv[2]))
for word in ["alpha", "beta", "gamma"]:
    s.mysend(word.encode().ljust(MSGLEN, b'.'))
    print(s.myreceive().rstrip(b'.').decode())
s.sock.close()
try:
    s.mysend(b"x" * MSGLEN)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
