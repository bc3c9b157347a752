# Saved by socklab's %save: the statements of a session that ran without an error, in order.
# A value the prompt showed is kept in _ as the prompt kept it; the script does not print it.

import socket, threading
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
def serve():
    conn, addr = srv.accept()
    with conn:
        data = conn.recv(1024)
        conn.sendall(data.upper() + b' from ' + addr[0].encode())

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('127.0.0.1', port))
c.sendall('你好 there'.encode())
_ = c.recv(1024)
print('echo was', _)
c.close()
t.join()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
_ = udp.sendto(b'ping', udp.getsockname())
_ = udp.recvfrom(100)[0]
print(_, srv.getsockname()[0], c.fileno(), t.is_alive())
