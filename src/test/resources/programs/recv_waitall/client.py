import socket, sys, hashlib
c = socket.create_connection((sys.argv[1], int(sys.argv[2])))
blob = bytes(i % 251 for i in range(100000))
print(hashlib.sha256(blob).hexdigest()[:16])
c.sendall(blob)
c.sendall(b"PEEKabcdef0123")
total = b""
while chunk := c.recv(8192):
    total += chunk
print(len(total), total[:6])
print(c.send(b""), c.recv(10))
c.close()
