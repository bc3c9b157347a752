# about: length-prefixed json messages over a loopback TCP connection, with struct headers and errno checks
import socket, struct, json, errno
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
cli = socket.create_connection(('127.0.0.1', {PORT}))
conn, addr = srv.accept()
def send_msg(sock, obj):
    body = json.dumps(obj).encode()
    sock.sendall(struct.pack('!I', len(body)) + body)

def recv_exact(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError('peer closed')
        buf += chunk
    return buf

def recv_msg(sock):
    (size,) = struct.unpack('!I', recv_exact(sock, 4))
    return json.loads(recv_exact(sock, size))

send_msg(cli, {'op': 'hello', 'from': 'client', 'n': [1, 2, 3]})
recv_msg(conn)
send_msg(conn, {'op': 'welcome', 'ok': True, 'pi': 3.14159})
recv_msg(cli)
header = struct.Struct('>HHI')
cli.sendall(header.pack(1, 2, 0xCAFEBABE))
header.unpack(recv_exact(conn, header.size))
conn.sendall(b'\x00\x00\x00\x05{bad}')
recv_msg(cli)
cli.close()
recv_msg(conn)
conn.close()
srv.close()
probe = socket.socket()
try:
    probe.connect(('127.0.0.1', {PORT}))
except OSError as e:
    print(errno.errorcode[e.errno], e.errno == errno.ECONNREFUSED)

probe.close()
