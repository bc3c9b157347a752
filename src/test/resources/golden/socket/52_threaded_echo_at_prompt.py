import socket, threading
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', {PORT}))
srv.listen()
def echo():
    conn, addr = srv.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())

t = threading.Thread(target=echo)
t.start()
c = socket.create_connection(('127.0.0.1', {PORT}))
c.sendall(b'hello')
c.recv(1024)
c.getpeername() == srv.getsockname()
c.sendall(b'again')
c.recv(1024)
c.close()
t.join()
t.is_alive()
srv.close()
srv
c
